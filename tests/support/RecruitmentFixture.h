#pragma once

#include "storage/PlanFile.h"

namespace praksis::test {

// Hand-made plans for the recruitment outcome (PRODUCT.md section 10), where each figure is known.
//
// buildFormerStudentsPlan, the range 1 January … 31 December 2025. Sites 1 "Solbakken sykehjem / Avdeling 2",
// 2 "Hjemmetjenesten, Nord", 3 "Lia bo- og aktivitetssenter", 4 "Tomt sted" (nothing in the range).
//   Åse (1):  site 1 ended 28.03.2025; hires sommervikar at 1 from 16.06.2025 (ended 15.08, in probation) and
//             fast at 2 from 01.09.2025                                     -> site 1 summer, post, here
//   Per (2):  site 1 ended 14.02 and 30.05.2025; sommervikar at 1 from 01.05.2025 (before her last placement
//             there ended; ended 31.07, in probation)                       -> site 1 nothing
//   Kari (3): site 1 cancelled; site 2 ended 04.04.2025; vikariat at 1 from 01.08.2025; a hire "Kari Lund" at 2
//             from 01.06.2025 not linked to her (not hers)                  -> site 2 post only
//   Ola (4):  site 1 ended 20.12.2024 (before the range); fast at 1 from 06.01.2025, mentored -> not former
//   Lise (5): site 1 ended 31.12.2025 and site 2 01.01.2025 (the range's last and first day); sommervikar at 3
//             from 15.06.2026 (after the range)                             -> sites 1 and 2 summer
//   Nils (6): site 2 ended 02.01.2026 (after the range); a hire "Nils" not linked to him -> nothing
//   Eva (7):  site 3 ended 13.06.2025; sommervikar at 3 from 13.06.2025 (the same day: not later; ended 10.08,
//             in probation), fast at 3 from 01.08.2025                      -> site 3 post, here
// Known: site 1 former 3 (Åse, Per, Lise), summer 2, post 1, here 1; site 2 former 2 (Kari, Lise), summer 1,
// post 1, here 0; site 3 former 1, summer 0, post 1, here 1; the whole plan former 5, summer 2, post 3, here 2.
// New hires in 2025: site 1 four (Åse, Per, Kari, Ola), one mentored, two left in probation; site 2 two (Åse,
// the unlinked "Kari Lund"); site 3 two (Eva twice), one left in probation; the whole plan six persons (Åse and
// Eva once each, the unlinked hire a person of her own), one mentored, three left in probation.
void buildFormerStudentsPlan(PlanFile &plan);

// buildNewHiresPlan, the range 1 January 2024 … 30 June 2025. Sites 1 "A", 2 "B".
//   site A: N1 fast 15.01.2024, mentored, linked to student Ylva; N2 fast 01.03.2024 ended 01.03.2025 (her
//           12-month day: stayed); N3 vikariat 01.03.2024 ended 28.02.2025 (a day short); N4 fast 29.02.2024
//           (leap day; 12-month day 28.02.2025) ended 28.02.2025, mentored; N9 fast 30.06.2024 (12-month day =
//           the range's last), mentored; N10 fast 01.07.2024 (12-month day after the range)
//   site B: N5 fast 02.09.2024, probation end 02.03.2025, ended 02.03.2025 (left in probation); N6 the same
//           but ended 03.03.2025; N7 sommervikar 30.06.2025, mentored; N6 and N7 linked to student Xenia;
//           N8 from 31.12.2023 (before the range), mentored
// Known: A new 6, mentored 3, eligible 5, stayed 4, left 0, mentored eligible 3, mentored stayed 3;
// B new 3, mentored 1, eligible 0, left 1; the whole plan 8 persons (Xenia once), mentored 4, eligible 5,
// stayed 4, left 1.
void buildNewHiresPlan(PlanFile &plan);

} // namespace praksis::test
