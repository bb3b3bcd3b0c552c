#pragma once

#include "Error.h"
#include "model/Kinds.h"
#include "storage/Change.h"

#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace praksis {

class PlanFile;

// A text in the three written languages of the program. Bokmål is the one that must be there.
struct LocalizedText
{
    QString nb;
    QString nn;
    QString en;

    // The text in language "nb", "nn" or "en"; an empty translation falls back to Bokmål, then English.
    QString in(const QString &language) const;
    bool isEmpty() const { return nb.trimmed().isEmpty() && nn.trimmed().isEmpty() && en.trimmed().isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

// One item of a welcome template. dueDay counts calendar days from the placement's first day (-14: two weeks
// before, 0: the first day); with fromEnd it counts from the last day instead (0: the last day, -21: three weeks
// before it).
struct TemplateItem
{
    qint64 id = 0; // 0: not stored yet (a new id is chosen when it is inserted)
    qint64 sectionId = 0;
    int position = 0; // 0-based within the section
    LocalizedText text;
    Role role = Role::Veileder;
    int dueDay = 0;
    bool fromEnd = false;
    bool operator==(const TemplateItem &) const = default;
};

struct TemplateSection
{
    qint64 id = 0;
    qint64 templateId = 0;
    int position = 0; // 0-based within the template
    LocalizedText title;
    QList<TemplateItem> items; // in order
    bool operator==(const TemplateSection &) const = default;
};

// A whole template: the default (no site) or one site's variant.
struct WelcomeTemplate
{
    qint64 id = 0;
    std::optional<qint64> siteId; // empty: the default template
    QString name;
    QList<TemplateSection> sections; // in order
    bool operator==(const WelcomeTemplate &) const = default;
};

// A site that has its own variant of the template.
struct SiteVariant
{
    qint64 templateId = 0;
    qint64 siteId = 0;
    QString siteName; // "name" or "name / unit"
};

// Where an item stood, for moving it back.
struct ItemPlace
{
    qint64 sectionId = 0;
    int position = 0;
};

// Reading and editing welcome templates (tables welcome_templates, template_sections, template_items).
//
// Every write runs in one Transaction and announces Entity::Template with the id of the template whose contents
// changed (Inserted when a site variant is made, Removed when one is deleted, else Updated). The operations are
// built for exact undo: inserts accept the id the record had before (so a redo after an undo gives the record its
// old id back), removals return everything needed to insert the record again, edits and moves return what was
// there before, and replaceContents() puts back a whole snapshot taken with load().
//
// Positions are dense and 0-based; inserting or moving shifts the neighbours, removing closes the gap.
class WelcomeTemplates
{
    Q_DECLARE_TR_FUNCTIONS(praksis::WelcomeTemplates)

public:
    explicit WelcomeTemplates(PlanFile &plan)
        : m_plan(plan)
    {}

    // Limits of an item's due day (a year either way).
    static constexpr int minDueDay = -365;
    static constexpr int maxDueDay = 365;

    // The id of the default template (it exists in every plan made by this program).
    Result<qint64> defaultTemplateId() const;
    // The id of the site's own variant, or std::nullopt when the site uses the default.
    Result<std::optional<qint64>> siteTemplateId(qint64 siteId) const;
    // The template that applies to a site: its variant, else the default.
    Result<qint64> templateIdForSite(qint64 siteId) const;
    Result<WelcomeTemplate> load(qint64 templateId) const;
    Result<QList<SiteVariant>> siteVariants() const;
    Result<TemplateSection> section(qint64 sectionId) const; // with its items
    Result<TemplateItem> item(qint64 itemId) const;

    // Sections. insertSection() inserts section.title (and section.items, in order, with their ids if given) at
    // section.position (clamped; -1 or past the end appends) of section.templateId; returns the section's id.
    Result<qint64> insertSection(const TemplateSection &section);
    // Returns the title it had.
    Result<LocalizedText> renameSection(qint64 sectionId, const LocalizedText &title);
    // Returns the removed section with its items, to be given back to insertSection() for undo.
    Result<TemplateSection> removeSection(qint64 sectionId);
    // Moves a section to another position in its template; returns the position it had.
    Result<int> moveSection(qint64 sectionId, int newPosition);

    // Items. insertItem() inserts at item.position (clamped; -1 appends) of item.sectionId, with item.id if not 0;
    // returns the id.
    Result<qint64> insertItem(const TemplateItem &item);
    // Changes text, role, due day and fromEnd of item.id (not its place); returns the item as it was.
    Result<TemplateItem> updateItem(const TemplateItem &item);
    // Returns the removed item (with its section and position), to be given back to insertItem() for undo.
    Result<TemplateItem> removeItem(qint64 itemId);
    // Moves an item to a position in the same or another section of the same template; returns where it was.
    Result<ItemPlace> moveItem(qint64 itemId, qint64 toSectionId, int toPosition);

    // Site variants. createSiteVariant() copies the default template for the site; returns the new template's
    // id (newTemplateId, if not 0, is used as the id, for redo). Refused when the site has a variant already.
    Result<qint64> createSiteVariant(qint64 siteId, qint64 newTemplateId = 0);
    // Removes the site's variant (the site then uses the default); returns the whole variant for restoreVariant().
    Result<WelcomeTemplate> removeSiteVariant(qint64 siteId);
    // Puts back a removed variant (or the default, when it has no siteId) exactly as it was, ids included.
    Result<void> restoreVariant(const WelcomeTemplate &variant);

    // Replaces the sections and items of contents.id by contents' (with their ids where not 0); returns the
    // contents it had, so replaceContents(old) undoes it.
    Result<WelcomeTemplate> replaceContents(const WelcomeTemplate &contents);
    // Replaces the default template's contents by the shipped default; returns the contents it had.
    Result<WelcomeTemplate> restoreDefault();

private:
    Result<void> insertSectionRows(const TemplateSection &section, qint64 templateId, int position, qint64 *newId);
    Result<qint64> insertItemRow(const TemplateItem &item, qint64 sectionId, int position);
    Result<qint64> templateOfSection(qint64 sectionId) const;
    void touch(qint64 templateId, Change::Kind kind);

    PlanFile &m_plan;
};

// When an item is due, in words: "On the first day", "14 days before the first day", "3 days before the last day".
QString dueDayText(int dueDay, bool fromEnd);

// The default template shipped with the program (:/praksis/templates/default-welcome-template.json), as
// contents without ids.
Result<WelcomeTemplate> shippedDefaultTemplate();

// Creates the default template in a plan that has none yet, in the caller's transaction or its own. Called by
// PlanFile when it creates a new plan. Does nothing when the plan has a default template already.
Result<void> installDefaultTemplate(PlanFile &plan);

} // namespace praksis
