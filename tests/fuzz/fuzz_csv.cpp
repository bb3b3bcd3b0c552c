// libFuzzer target: arbitrary bytes through the CSV reader (encoding and delimiter detection, parsing) and the
// importer of every register (checks, preview, and the write path inside a transaction that is rolled back).
// Nothing may crash, hang, leak or trip a sanitizer; every refusal must be an Error value.
//
// The first byte chooses the register; the rest is the file.

#include "io/CsvReader.h"
#include "io/Importer.h"
#include "storage/PlanFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace praksis;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<PlanFile> plan;
};

Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "fuzz_csv";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture f = [] {
        Fixture made;
        auto plan =
            PlanFile::open(made.dir.filePath(QStringLiteral("fuzz.praksisplan")), PlanFile::OpenMode::OpenOrCreate);
        if (!plan) {
            qCritical("fuzz_csv: cannot make a plan: %s", qPrintable(plan.error().message));
            std::abort();
        }
        made.plan = std::move(plan.value());
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    Fixture &f = fixture();
    const auto reg = ImportRegister(data[0] % 5);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto table = CsvReader::read(bytes);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    ImportOptions options;
    options.school = QStringLiteral("Fuzz høgskole");
    auto preview = Importer::prepare(*f.plan, reg, table.value(), options);
    // The command line's one pass over the same bytes as a file (a dry run: rolled back) refuses whatever the
    // preview refuses: what the dry run passes, the import writes.
    const QString file = f.dir.filePath(QStringLiteral("input.csv"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
            std::abort();
    }
    auto streamed = Importer::import(*f.plan, reg, file, options, true);
    if (preview && !preview->errors.isEmpty() && streamed && streamed->canApply())
        std::abort(); // the one pass let through what the preview refused
    if (!preview || !preview->errors.isEmpty())
        return 0;
    // Write it, then throw it away: every input starts from the same empty plan.
    Transaction tx(*f.plan);
    if (!tx.ok())
        std::abort();
    (void)Importer::apply(*f.plan, preview.value());
    return 0; // tx rolls back
}
