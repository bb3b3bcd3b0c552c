#include "pages/template/TemplatePage.h"
#include "pages/template/OutlineEditing.h"

#include "Colors.h"
#include "Icons.h"
#include "PlanSession.h"
#include "Prompts.h"
#include "commands/TemplateCommands.h"
#include "dialogs/WelcomeLettersDialog.h"
#include "storage/PlanSettings.h"
#include "storage/SiteRepository.h"
#include "widgets/CoalescedCall.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace praksis {

TemplatePage::TemplatePage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TemplateModel(this))
    , m_reload(new CoalescedCall(
          [this] {
              fillChooser();
              reload();
          },
          this))
{
    setObjectName(QStringLiteral("templatePage"));
    auto *layout = new QVBoxLayout(this);

    // Which template: the default, or a site's own variant.
    auto *top = new QHBoxLayout;
    auto *chooserLabel = new QLabel(tr("&Template:"), this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("templateChooser"));
    m_chooser->setMinimumContentsLength(28);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    chooserLabel->setBuddy(m_chooser);
    m_newVariant = OutlineEditing::toolButton(QStringLiteral("copy"), tr("New site variant…"),
                                              QStringLiteral("newVariantButton"), this);
    m_newVariant->setToolTip(tr("Give one site its own template, starting as a copy of the default."));
    m_removeVariant = OutlineEditing::toolButton(QStringLiteral("trash-2"), tr("Remove variant"),
                                                 QStringLiteral("removeVariantButton"), this);
    m_removeVariant->setToolTip(tr("The site uses the default template again."));
    m_restoreDefault = OutlineEditing::toolButton(QStringLiteral("rotate-ccw"), tr("Restore the default…"),
                                                  QStringLiteral("restoreDefaultButton"), this);
    m_restoreDefault->setToolTip(tr("Replace the default template by the one Praksisplan comes with."));
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(m_newVariant);
    top->addWidget(m_removeVariant);
    top->addWidget(m_restoreDefault);
    auto *letters = OutlineEditing::toolButton(QStringLiteral("printer"), tr("Welcome letters…"),
                                               QStringLiteral("lettersButton"), this);
    letters->setToolTip(tr("Print the welcome letters and checklists of a period."));
    connect(letters, &QPushButton::clicked, this, [this] {
        WelcomeLettersDialog dialog(m_session, this);
        dialog.exec();
    });
    top->addWidget(letters);
    layout->addLayout(top);

    auto *hint = new QLabel(tr("Checklists are made from the template when a placement is made; editing the template "
                               "does not change the checklists that exist."),
                            this);
    hint->setObjectName(QStringLiteral("templateHint"));
    Colors::makeHint(hint);
    layout->addWidget(hint);

    m_editor = new OutlineEditor(m_model,
                                 {QStringLiteral("template"), tr("Sections and items of the template"),
                                  tr("Add section"), QStringLiteral("addSectionButton"), tr("Add item"),
                                  QStringLiteral("addItemButton"), tr("Choose a section or an item to edit it.")},
                                 {[this] { addSection(); }, [this] { addItem(); }, [this] { removeSelected(); },
                                  [this](int delta) { moveSelected(delta); }},
                                 this);
    layout->addWidget(m_editor, 1);
    m_tree = m_editor->tree();

    const QString sectionLabels[3] = {tr("Title (Bokmål):"), tr("Title (Nynorsk):"), tr("Title (English):")};
    const QString itemLabels[3] = {tr("Task (Bokmål):"), tr("Task (Nynorsk):"), tr("Task (English):")};
    QFormLayout *sectionForm = m_editor->groupForm();
    QFormLayout *itemForm = m_editor->entryForm();
    QWidget *itemPage = itemForm->parentWidget();
    OutlineEditing::addTextRows(sectionForm, m_sectionTitle, sectionLabels, QStringLiteral("sectionTitle"), this,
                                [this](const QString &) { commitSectionTitle(); });
    OutlineEditing::addTextRows(itemForm, m_itemText, itemLabels, QStringLiteral("itemText"), this,
                                [this](const QString &code) { commitItem(u"text_" + code); });

    m_role = new QComboBox(itemPage);
    m_role->setObjectName(QStringLiteral("itemRole"));
    for (Role role : allValues<Role>())
        m_role->addItem(label(role), toId(role));
    itemForm->addRow(tr("Responsible:"), m_role);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { commitItem(QStringLiteral("role")); });

    auto *dueRow = new QHBoxLayout;
    m_dueDay = new QSpinBox(itemPage);
    m_dueDay->setObjectName(QStringLiteral("itemDueDay"));
    m_dueDay->setRange(WelcomeTemplates::minDueDay, WelcomeTemplates::maxDueDay);
    m_dueDay->setSuffix(tr(" days"));
    m_dueDay->setAccessibleName(tr("Due day, in days from the first or last day"));
    m_dueFrom = new QComboBox(itemPage);
    m_dueFrom->setObjectName(QStringLiteral("itemDueFrom"));
    m_dueFrom->addItem(tr("the first day"), false);
    m_dueFrom->addItem(tr("the last day"), true);
    m_dueFrom->setAccessibleName(tr("Due day counted from"));
    // on Linux a combo is named by its label: "from" labels it
    auto *fromLabel = new QLabel(tr("&from"), itemPage);
    fromLabel->setBuddy(m_dueFrom);
    dueRow->addWidget(m_dueDay);
    dueRow->addWidget(fromLabel);
    dueRow->addWidget(m_dueFrom, 1);
    itemForm->addRow(tr("Due:"), dueRow);
    m_dueText = new QLabel(itemPage);
    m_dueText->setObjectName(QStringLiteral("itemDueText"));
    itemForm->addRow(QString(), m_dueText);
    connect(m_dueDay, &QSpinBox::valueChanged, this, [this] { commitItem(QStringLiteral("due")); });
    connect(m_dueFrom, &QComboBox::currentIndexChanged, this, [this] { commitItem(QStringLiteral("due")); });

    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { showTemplate(m_chooser->itemData(index).toLongLong()); });
    connect(m_newVariant, &QPushButton::clicked, this, &TemplatePage::chooseSiteForVariant);
    connect(m_removeVariant, &QPushButton::clicked, this, &TemplatePage::removeVariant);
    connect(m_restoreDefault, &QPushButton::clicked, this, &TemplatePage::restoreDefault);
    connect(m_editor, &OutlineEditor::selectionChanged, this, &TemplatePage::showSelection);
    connect(m_model, &TemplateModel::moveRequested, this, &TemplatePage::onMoveRequested);
    connect(&m_session, &PlanSession::changed, this, &TemplatePage::onPlanChanged);

    if (auto id = WelcomeTemplates(m_session.plan()).defaultTemplateId())
        m_templateId = id.value();
    fillChooser();
    reload();
}

void TemplatePage::fillChooser()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    WelcomeTemplates templates(m_session.plan());
    if (auto id = templates.defaultTemplateId())
        m_chooser->addItem(tr("Default template (all sites)"), id.value());
    if (auto variants = templates.siteVariants()) {
        for (const SiteVariant &v : variants.value())
            m_chooser->addItem(tr("Variant for %1").arg(v.siteName), v.templateId);
    }
    int index = m_chooser->findData(m_templateId);
    if (index < 0) {
        // The variant shown is gone (removed, or undone): back to the default.
        index = 0;
        m_templateId = m_chooser->itemData(0).toLongLong();
    }
    m_chooser->setCurrentIndex(index);
}

void TemplatePage::showTemplate(qint64 templateId)
{
    if (templateId == m_templateId)
        return;
    m_templateId = templateId;
    fillChooser();
    reload();
}

void TemplatePage::reload()
{
    const auto previous = m_editor->selection();
    const QString language = PlanSettings(m_session.plan()).value(PlanSettings::documentLanguage);
    auto contents = WelcomeTemplates(m_session.plan()).load(m_templateId);
    m_model->setTemplate(contents ? contents.value() : WelcomeTemplate{}, language);
    m_editor->report(contents ? Result<void>() : contents.error());
    m_tree->expandAll();
    m_tree->resizeColumnToContents(TemplateModel::RoleColumn);
    m_tree->resizeColumnToContents(TemplateModel::DueColumn);
    const bool isDefault = m_chooser->currentIndex() == 0;
    m_removeVariant->setEnabled(!isDefault);
    m_restoreDefault->setEnabled(isDefault);
    if (previous)
        m_editor->select(*previous);
    showSelection();
}

void TemplatePage::scheduleReload()
{
    m_reload->request();
}

void TemplatePage::onPlanChanged(const Change &change)
{
    if (change.entity == Entity::Template || change.entity == Entity::Site || change.entity == Entity::Setting ||
        change.entity == Entity::All)
        scheduleReload();
}

void TemplatePage::showSelection()
{
    const auto s = m_editor->selection();
    m_filling = true;
    m_editor->showForm(s ? std::optional(s->kind) : std::nullopt);
    if (s && s->kind == OutlineModel::Kind::Group) {
        const QModelIndex index = m_model->sectionIndex(s->id);
        OutlineEditing::setTexts(m_sectionTitle, m_model->contents().sections[index.row()].title);
    } else if (s) {
        const QModelIndex index = m_model->itemIndex(s->id);
        const TemplateItem &item = m_model->contents().sections[index.parent().row()].items[index.row()];
        OutlineEditing::setTexts(m_itemText, item.text);
        m_role->setCurrentIndex(m_role->findData(toId(item.role)));
        m_dueDay->setValue(item.dueDay);
        m_dueFrom->setCurrentIndex(item.fromEnd ? 1 : 0);
        m_dueText->setText(dueDayText(item.dueDay, item.fromEnd));
    }
    m_filling = false;
}

bool TemplatePage::edit(const QString &text, std::function<Result<void>(WelcomeTemplates &)> change,
                        const QString &mergeKey)
{
    if (!m_editor->report(
            m_session.run(new TemplateEditCommand(m_session.plan(), m_templateId, text, std::move(change), mergeKey))))
        return false;
    // Show the result now; the reload the change signal asked for is then not needed.
    reload();
    m_reload->cancel();
    return true;
}

void TemplatePage::commitSectionTitle()
{
    const auto s = m_editor->selection();
    if (m_filling || !s || s->kind != OutlineModel::Kind::Group)
        return;
    const LocalizedText title = OutlineEditing::textOf(m_sectionTitle);
    const QModelIndex index = m_model->sectionIndex(s->id);
    if (!index.isValid() || m_model->contents().sections[index.row()].title == title)
        return;
    const qint64 id = s->id;
    edit(
        tr("Rename section “%1”").arg(title.nb),
        [id, title](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.renameSection(id, title)); },
        QStringLiteral("section/%1/title").arg(id));
}

void TemplatePage::commitItem(const QString &field)
{
    const auto s = m_editor->selection();
    if (m_filling || !s || s->kind != OutlineModel::Kind::Entry)
        return;
    const QModelIndex index = m_model->itemIndex(s->id);
    if (!index.isValid())
        return;
    TemplateItem item = m_model->contents().sections[index.parent().row()].items[index.row()];
    const TemplateItem before = item;
    item.text = OutlineEditing::textOf(m_itemText);
    item.role = fromId<Role>(m_role->currentData().toString()).value_or(item.role);
    item.dueDay = m_dueDay->value();
    item.fromEnd = m_dueFrom->currentData().toBool();
    m_dueText->setText(dueDayText(item.dueDay, item.fromEnd));
    if (item == before)
        return;
    edit(
        tr("Edit item “%1”").arg(item.text.nb.isEmpty() ? before.text.nb : item.text.nb),
        [item](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.updateItem(item)); },
        QStringLiteral("item/%1/%2").arg(item.id).arg(field));
    if (m_editor->refused())
        showSelection(); // refused: show what is stored
}

void TemplatePage::addSection()
{
    TemplateSection section;
    section.templateId = m_templateId;
    section.title.nb = tr("New section");
    // After the chosen section, else at the end.
    section.position = -1;
    if (const auto s = m_editor->selection()) {
        const QModelIndex index =
            s->kind == OutlineModel::Kind::Group ? m_model->sectionIndex(s->id) : m_model->itemIndex(s->id).parent();
        section.position = index.row() + 1;
    }
    auto id = std::make_shared<qint64>(0);
    if (edit(tr("Add section"),
             [section, id](WelcomeTemplates &t) -> Result<void> { return keepValue(t.insertSection(section), *id); })) {
        m_editor->select({OutlineModel::Kind::Group, *id});
        m_sectionTitle[0]->setFocus();
        m_sectionTitle[0]->selectAll();
    }
}

void TemplatePage::addItem()
{
    const auto s = m_editor->selection();
    if (!s)
        return;
    TemplateItem item;
    item.text.nb = tr("New item");
    item.role = Role::Veileder;
    if (s->kind == OutlineModel::Kind::Group) {
        item.sectionId = s->id;
        item.position = -1;
    } else {
        const QModelIndex index = m_model->itemIndex(s->id);
        const TemplateItem &after = m_model->contents().sections[index.parent().row()].items[index.row()];
        item.sectionId = after.sectionId;
        item.position = index.row() + 1;
        item.role = after.role;
        item.dueDay = after.dueDay;
        item.fromEnd = after.fromEnd;
    }
    auto id = std::make_shared<qint64>(0);
    if (edit(tr("Add item"),
             [item, id](WelcomeTemplates &t) -> Result<void> { return keepValue(t.insertItem(item), *id); })) {
        m_editor->select({OutlineModel::Kind::Entry, *id});
        m_itemText[0]->setFocus();
        m_itemText[0]->selectAll();
    }
}

void TemplatePage::removeSelected()
{
    const auto s = m_editor->selection();
    if (!s)
        return;
    const QModelIndex index =
        s->kind == OutlineModel::Kind::Group ? m_model->sectionIndex(s->id) : m_model->itemIndex(s->id);
    const QString name = index.data().toString();
    const qint64 id = s->id;
    if (s->kind == OutlineModel::Kind::Group) {
        const int items = m_model->rowCount(index);
        if (items > 0 && !Prompts::confirm(this, tr("Remove section"),
                                           tr("Remove the section “%1” and its %n item(s)?", nullptr, items).arg(name)))
            return;
        edit(tr("Remove section “%1”").arg(name),
             [id](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.removeSection(id)); });
    } else {
        edit(tr("Remove item “%1”").arg(name),
             [id](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.removeItem(id)); });
    }
}

void TemplatePage::moveSelected(int delta)
{
    const auto s = m_editor->selection();
    if (!s)
        return;
    if (s->kind == OutlineModel::Kind::Group) {
        const QModelIndex index = m_model->sectionIndex(s->id);
        const int to = index.row() + delta;
        if (to < 0 || to >= m_model->rowCount())
            return;
        onMoveRequested(s->kind, s->id, 0, to);
        return;
    }
    const QModelIndex index = m_model->itemIndex(s->id);
    const auto &sections = m_model->contents().sections;
    QList<int> counts;
    for (const TemplateSection &section : sections)
        counts << int(section.items.size());
    if (const auto to = OutlineEditing::movedEntry(counts, {index.parent().row(), index.row()}, delta))
        onMoveRequested(s->kind, s->id, sections[to->group].id, to->row);
}

void TemplatePage::onMoveRequested(OutlineModel::Kind kind, qint64 id, qint64 sectionId, int position)
{
    if (kind == OutlineModel::Kind::Group) {
        edit(tr("Move section"),
             [id, position](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.moveSection(id, position)); });
    } else {
        edit(tr("Move item"), [id, sectionId, position](WelcomeTemplates &t) -> Result<void> {
            return withoutValue(t.moveItem(id, sectionId, position));
        });
    }
    m_editor->select({kind, id});
}

void TemplatePage::chooseSiteForVariant()
{
    auto sites = SiteRepository(m_session.plan()).list();
    auto variants = WelcomeTemplates(m_session.plan()).siteVariants();
    if (!sites || !variants) {
        Prompts::error(this, tr("New site variant"), !sites ? sites.error() : variants.error());
        return;
    }
    QSet<qint64> taken;
    for (const SiteVariant &v : variants.value())
        taken.insert(v.siteId);
    QStringList names;
    QList<qint64> ids;
    for (const Site &site : sites.value()) {
        if (taken.contains(site.id))
            continue;
        names << site.displayName();
        ids << site.id;
    }
    if (names.isEmpty()) {
        Prompts::error(this, tr("New site variant"), tr("Every site has its own variant already."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("New site variant"),
                              tr("The site that gets its own template (a copy of the default):"), names, 0, false, &ok);
    if (ok)
        createVariant(ids.value(names.indexOf(chosen)));
}

void TemplatePage::createVariant(qint64 siteId)
{
    auto *command =
        new SiteVariantCommand(m_session.plan(), siteId, SiteVariantCommand::Action::Create, tr("New site variant"));
    if (auto r = m_session.run(command); !r) {
        Prompts::error(this, tr("New site variant"), r.error());
        return;
    }
    // The command is on the undo stack now; its template id is the variant's.
    if (auto id = WelcomeTemplates(m_session.plan()).siteTemplateId(siteId); id && id.value())
        showTemplate(**id);
}

void TemplatePage::removeVariant()
{
    auto contents = WelcomeTemplates(m_session.plan()).load(m_templateId);
    if (!contents || !contents->siteId)
        return;
    if (!Prompts::confirm(this, tr("Remove variant"),
                          tr("Remove “%1”? The site uses the default template again.").arg(m_chooser->currentText())))
        return;
    if (auto r = m_session.run(new SiteVariantCommand(m_session.plan(), *contents->siteId,
                                                      SiteVariantCommand::Action::Remove, tr("Remove site variant")));
        !r)
        Prompts::error(this, tr("Remove variant"), r.error());
    fillChooser();
    reload();
}

void TemplatePage::restoreDefault()
{
    if (m_chooser->currentIndex() != 0)
        return;
    if (!Prompts::confirm(this, tr("Restore the default"),
                          tr("Replace the default template by the one Praksisplan comes with? You can undo this.")))
        return;
    edit(tr("Restore the default template"),
         [](WelcomeTemplates &t) -> Result<void> { return withoutValue(t.restoreDefault()); });
}

} // namespace praksis
