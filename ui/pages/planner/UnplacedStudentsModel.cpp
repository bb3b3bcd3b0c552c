#include "pages/planner/UnplacedStudentsModel.h"

#include "pages/planner/PlannerGrid.h"

#include <QMimeData>
#include <QSet>

namespace praksis {

namespace {

// True when `small` is `big` with some elements left out, in the same order.
bool isSubsequence(const QList<PlannerBoard::Student> &small, const QList<PlannerBoard::Student> &big)
{
    qsizetype i = 0;
    for (const PlannerBoard::Student &s : big)
        if (i < small.size() && small[i].id == s.id)
            ++i;
    return i == small.size();
}

} // namespace

UnplacedStudentsModel::UnplacedStudentsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void UnplacedStudentsModel::setStudents(const QList<PlannerBoard::Student> &students)
{
    if (students.size() <= m_students.size() && isSubsequence(students, m_students)) {
        // remove the rows that left, from the bottom up, in runs
        QSet<qint64> stay;
        for (const auto &s : students)
            stay.insert(s.id);
        for (int row = int(m_students.size()) - 1; row >= 0;) {
            if (stay.contains(m_students[row].id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !stay.contains(m_students[first - 1].id))
                --first;
            beginRemoveRows({}, first, row);
            m_students.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
    } else if (isSubsequence(m_students, students)) {
        // insert the rows that joined, top down
        for (int row = 0; row < students.size(); ++row) {
            if (row < m_students.size() && m_students[row].id == students[row].id)
                continue;
            beginInsertRows({}, row, row);
            m_students.insert(row, students[row]);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_students = students;
        endResetModel();
        return;
    }
    // same students: refresh what is shown (choices may have changed)
    for (int row = 0; row < m_students.size(); ++row)
        m_students[row] = students[row];
    if (!m_students.isEmpty())
        emit dataChanged(index(0), index(int(m_students.size()) - 1));
}

const PlannerBoard::Student *UnplacedStudentsModel::student(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_students[row] : nullptr;
}

int UnplacedStudentsModel::rowOf(qint64 studentId) const
{
    for (int row = 0; row < m_students.size(); ++row)
        if (m_students[row].id == studentId)
            return row;
    return -1;
}

int UnplacedStudentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

QVariant UnplacedStudentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannerBoard::Student &s = m_students[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return s.sortName;
    case Qt::ToolTipRole: {
        QStringList lines{s.name, tr("Student number %1, %2").arg(s.studentNumber, s.school)};
        if (!s.programme.isEmpty())
            lines << s.programme;
        for (int i = 0; i < s.choiceNames.size(); ++i)
            lines << tr("Choice %1: %2").arg(i + 1).arg(s.choiceNames[i]);
        if (s.choiceNames.isEmpty())
            lines << tr("No choices given");
        lines << tr("Drag her onto a site, or press Enter to place her.");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleDescriptionRole:
        return s.choiceNames.isEmpty() ? tr("No choices given")
                                       : tr("Choices: %1").arg(s.choiceNames.join(QStringLiteral(", ")));
    case StudentIdRole:
        return s.id;
    default:
        return {};
    }
}

Qt::ItemFlags UnplacedStudentsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList UnplacedStudentsModel::mimeTypes() const
{
    return {PlannerGrid::studentMime};
}

QMimeData *UnplacedStudentsModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!i.isValid())
            continue;
        auto *mime = new QMimeData;
        mime->setData(PlannerGrid::studentMime, QByteArray::number(m_students[i.row()].id));
        mime->setText(m_students[i.row()].name);
        return mime;
    }
    return nullptr;
}

Qt::DropActions UnplacedStudentsModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace praksis
