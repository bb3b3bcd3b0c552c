#pragma once

#include "commands/PlanCommand.h"
#include "io/Importer.h"

#include <optional>

namespace praksis {

// A whole CSV import as one undo step. The first redo writes the preview through the core importer (all or nothing,
// with progress); undo and later redos replay the importer's journal, so records come back with the same ids and
// rows the import changed get their earlier values again.
class ImportCommand : public PlanCommand
{
public:
    ImportCommand(PlanFile &plan, ImportPreview preview, ImportProgress progress = {});

    // What the import did (valid once performed).
    const ImportResult &result() const { return m_result; }

protected:
    Result<void> doRedo() override;
    Result<void> doUndo() override;

private:
    std::optional<ImportPreview> m_preview; // until applied
    ImportProgress m_progress;
    ImportResult m_result;
};

} // namespace praksis
