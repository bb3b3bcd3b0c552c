#pragma once

#include "commands/PlanCommand.h"
#include "storage/PlanFile.h"

#include <functional>
#include <optional>

namespace praksis {

// The value of a Result dropped, its error kept: for edits that only need to know whether a write went through.
template<typename T> Result<void> withoutValue(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

// The value of a Result put into `into`, its error kept: for an edit whose caller wants the new record's id.
template<typename T> Result<void> keepValue(const Result<T> &result, T &into)
{
    if (!result)
        return result.error();
    into = result.value();
    return {};
}

// One edit of a whole that is loaded and put back as one (a welcome template, the conversation guide). The edit
// itself is any function over the Store; the command keeps the whole before and after it, so undo and redo put back
// exactly what was there (ids included), whatever the edit was. Consecutive edits with the same merge key (one
// field of one record) merge into one undo step.
template<typename Store, typename Contents> class SnapshotEditCommand : public PlanCommand
{
public:
    using Edit = std::function<Result<void>(Store &)>;

    int id() const override { return m_mergeKey.isEmpty() ? -1 : m_commandId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const SnapshotEditCommand *>(other);
        if (!o || o->m_mergeKey != m_mergeKey || !o->m_after)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    // commandId: QUndoCommand::id() of this kind of command, for merging.
    SnapshotEditCommand(PlanFile &plan, const QString &text, int commandId, Edit edit, QString mergeKey)
        : PlanCommand(plan, text)
        , m_commandId(commandId)
        , m_edit(std::move(edit))
        , m_mergeKey(std::move(mergeKey))
    {}

    virtual Result<Contents> load(Store &store) const = 0;
    virtual Result<void> replace(Store &store, const Contents &contents) const = 0;

    Result<void> doRedo() override
    {
        Store store(m_plan);
        if (m_after)
            return replace(store, *m_after);
        // The first time: take the snapshot, do the edit and take the result, all in one transaction.
        Transaction tx(m_plan);
        if (!tx.ok())
            return tx.error();
        auto before = load(store);
        if (!before)
            return before.error();
        if (auto r = m_edit(store); !r)
            return r.error();
        auto after = load(store);
        if (!after)
            return after.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        m_before = std::move(before.value());
        m_after = std::move(after.value());
        return {};
    }

    Result<void> doUndo() override
    {
        if (!m_before)
            return {};
        Store store(m_plan);
        return replace(store, *m_before);
    }

private:
    int m_commandId;
    Edit m_edit;
    QString m_mergeKey;
    std::optional<Contents> m_before;
    std::optional<Contents> m_after;
};

} // namespace praksis
