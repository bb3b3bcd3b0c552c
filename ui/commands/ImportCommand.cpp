#include "commands/ImportCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace praksis {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::ImportCommand)
};
} // namespace

ImportCommand::ImportCommand(PlanFile &plan, ImportPreview preview, ImportProgress progress)
    : PlanCommand(plan)
    , m_progress(std::move(progress))
{
    const QString file = QFileInfo(preview.file).fileName();
    setText(file.isEmpty() ? Text::tr("Import %1").arg(label(preview.reg).toLower())
                           : Text::tr("Import %1 from %2").arg(label(preview.reg).toLower(), file));
    m_preview = std::move(preview);
}

Result<void> ImportCommand::doRedo()
{
    if (m_preview) {
        auto r = Importer::apply(m_plan, *m_preview, m_progress);
        if (!r)
            return r.error();
        m_result = std::move(r.value());
        m_preview.reset();
        m_progress = {};
        return {};
    }
    return m_result.journal.redo(m_plan);
}

Result<void> ImportCommand::doUndo()
{
    return m_result.journal.undo(m_plan);
}

} // namespace praksis
