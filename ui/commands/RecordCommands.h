#pragma once

#include "commands/PlanCommand.h"
#include "storage/Dependents.h"
#include "storage/Removal.h"

#include <optional>

namespace praksis {

// Undoable add, edit and remove of one record through its repository (core/storage/*Repository.h). Every
// repository offers insert (keeping a given id, so redo re-creates the same record), update, remove (returning
// what was removed) and restore; each call is one transaction.

template<typename Repo, typename T> class InsertRecordCommand : public PlanCommand
{
public:
    InsertRecordCommand(PlanFile &plan, T value, const QString &text)
        : PlanCommand(plan, text)
        , m_value(std::move(value))
    {}
    qint64 recordId() const { return m_value.id; }

protected:
    Result<void> doRedo() override
    {
        Repo repo(m_plan);
        auto id = repo.insert(m_value);
        if (!id)
            return id.error();
        m_value.id = id.value();
        return {};
    }
    Result<void> doUndo() override
    {
        Repo repo(m_plan);
        auto removed = repo.remove(m_value.id, true);
        if (!removed)
            return removed.error();
        return {};
    }

private:
    T m_value;
};

// Ids of the commands that merge consecutive edits of one field of one record.
enum class CommandId
{
    EditRecord = 1000
};

template<typename Repo, typename T> class UpdateRecordCommand : public PlanCommand
{
public:
    // field: the one field that changed (consecutive edits of it on the same record merge), or empty.
    UpdateRecordCommand(PlanFile &plan, T before, T after, const QString &text, QString field = {})
        : PlanCommand(plan, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
    {}

    int id() const override { return m_field.isEmpty() ? -1 : int(CommandId::EditRecord); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const UpdateRecordCommand *>(other);
        if (!o || o->m_field != m_field || o->m_after.id != m_after.id)
            return false;
        m_after = o->m_after;
        return true;
    }

protected:
    // update() returns nothing, or the record as it was (HireRepository): only whether it worked counts here
    Result<void> doRedo() override { return done(Repo(m_plan).update(m_after)); }
    Result<void> doUndo() override { return done(Repo(m_plan).update(m_before)); }

private:
    template<typename R> static Result<void> done(const R &r)
    {
        if (!r)
            return r.error();
        return {};
    }

    T m_before;
    T m_after;
    QString m_field;
};

template<typename Repo, typename T> class RemoveRecordCommand : public PlanCommand
{
public:
    RemoveRecordCommand(PlanFile &plan, qint64 id, const QString &text)
        : PlanCommand(plan, text)
        , m_id(id)
    {}

protected:
    Result<void> doRedo() override
    {
        Repo repo(m_plan);
        auto removed = repo.remove(m_id, true);
        if (!removed)
            return removed.error();
        m_removed = std::move(removed.value());
        return {};
    }
    Result<void> doUndo() override
    {
        if (!m_removed)
            return {};
        return Repo(m_plan).restore(*m_removed);
    }

private:
    qint64 m_id;
    std::optional<Removal<T>> m_removed;
};

} // namespace praksis
