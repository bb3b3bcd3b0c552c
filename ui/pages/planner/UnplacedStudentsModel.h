#pragma once

#include "planning/PlannerBoard.h"

#include <QAbstractListModel>

namespace praksis {

// The students of the period who have no placement yet, for the planner's side list. Dragging a row carries the
// student (PlannerGrid::studentMime). When the list changes by students leaving or joining it (the usual case:
// one was placed, or an undo brought her back), rows are removed or inserted so the view keeps its selection.
class UnplacedStudentsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        StudentIdRole = Qt::UserRole + 1,
    };

    explicit UnplacedStudentsModel(QObject *parent = nullptr);

    void setStudents(const QList<PlannerBoard::Student> &students);
    const PlannerBoard::Student *student(qint64 id) const;
    int rowOf(qint64 studentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<PlannerBoard::Student> m_students;
};

} // namespace praksis
