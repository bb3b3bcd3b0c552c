#pragma once

#include <QLocale>
#include <QString>

namespace praksis {

class PlanFile;

// The language documents are written in: the plan's own (PlanSettings::documentLanguage, "nb", "nn" or "en"),
// independent of the interface, so a Nynorsk municipality prints Nynorsk reports for a coordinator who reads the
// program in English. The words come from the program's catalogues (Language::translate); source strings are
// marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP in their class's context so lupdate keeps them.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(QString code);
    // The plan's document language; `code` when it is not empty (a caller's explicit choice).
    static DocumentLanguage of(PlanFile &plan, const QString &code = {});

    QString code() const { return m_code; }
    // The locale of numbers in the document: nb_NO, nn_NO or en_GB.
    QLocale locale() const;
    // `source` of `context` in this language; %n replaced when n >= 0.
    QString text(const char *context, const char *source, int n = -1) const;

private:
    QString m_code;
};

} // namespace praksis
