#include "welcome/WelcomeTemplate.h"

#include "model/Names.h"
#include "storage/PlanFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace praksis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(praksis::WelcomeTemplates)
};

const QString shippedTemplatePath = QStringLiteral(":/praksis/templates/default-welcome-template.json");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

LocalizedText textFrom(const QSqlQuery &q, int first)
{
    return LocalizedText{q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

constexpr auto itemColumns = "id, section_id, position, text_nb, text_nn, text_en, role, due_day, from_end";

TemplateItem itemFrom(const QSqlQuery &q)
{
    TemplateItem it;
    it.id = q.value(0).toLongLong();
    it.sectionId = q.value(1).toLongLong();
    it.position = q.value(2).toInt();
    it.text = textFrom(q, 3);
    it.role = fromId<Role>(q.value(6).toString()).value_or(Role::Veileder);
    it.dueDay = q.value(7).toInt();
    it.fromEnd = q.value(8).toBool();
    return it;
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

LocalizedText trimmed(const LocalizedText &t)
{
    return LocalizedText{notNull(t.nb.trimmed()), notNull(t.nn.trimmed()), notNull(t.en.trimmed())};
}

} // namespace

QString LocalizedText::in(const QString &language) const
{
    const QString &wanted = language == QLatin1String("nn") ? nn : language == QLatin1String("en") ? en : nb;
    if (!wanted.trimmed().isEmpty())
        return wanted;
    if (!nb.trimmed().isEmpty())
        return nb;
    return en.trimmed().isEmpty() ? nn : en;
}

Result<qint64> WelcomeTemplates::defaultTemplateId() const
{
    auto q = m_plan.exec(QStringLiteral("SELECT id FROM welcome_templates WHERE site_id IS NULL"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The plan has no default welcome template. Restore the default."));
    return q->value(0).toLongLong();
}

Result<std::optional<qint64>> WelcomeTemplates::siteTemplateId(qint64 siteId) const
{
    auto q = m_plan.exec(QStringLiteral("SELECT id FROM welcome_templates WHERE site_id = ?"), {siteId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<qint64> WelcomeTemplates::templateIdForSite(qint64 siteId) const
{
    auto own = siteTemplateId(siteId);
    if (!own)
        return own.error();
    if (own->has_value())
        return own->value();
    return defaultTemplateId();
}

Result<WelcomeTemplate> WelcomeTemplates::load(qint64 templateId) const
{
    auto head =
        m_plan.exec(QStringLiteral("SELECT id, site_id, name FROM welcome_templates WHERE id = ?"), {templateId});
    if (!head)
        return head.error();
    if (!head->next())
        return Error::make(Error::Kind::NotFound, tr("The welcome template %1 does not exist.").arg(templateId));
    WelcomeTemplate t;
    t.id = head->value(0).toLongLong();
    if (!head->value(1).isNull())
        t.siteId = head->value(1).toLongLong();
    t.name = head->value(2).toString();

    auto sections =
        m_plan.exec(QStringLiteral("SELECT id, position, title_nb, title_nn, title_en FROM template_sections "
                                   "WHERE template_id = ? ORDER BY position, id"),
                    {templateId});
    if (!sections)
        return sections.error();
    while (sections->next()) {
        TemplateSection s;
        s.id = sections->value(0).toLongLong();
        s.templateId = templateId;
        s.position = sections->value(1).toInt();
        s.title = textFrom(*sections, 2);
        t.sections << s;
    }
    auto items =
        m_plan.exec(QStringLiteral("SELECT i.id, i.section_id, i.position, i.text_nb, i.text_nn, i.text_en, i.role, "
                                   "i.due_day, i.from_end FROM template_items i "
                                   "JOIN template_sections s ON s.id = i.section_id "
                                   "WHERE s.template_id = ? ORDER BY s.position, s.id, i.position, i.id"),
                    {templateId});
    if (!items)
        return items.error();
    while (items->next()) {
        const TemplateItem it = itemFrom(*items);
        for (auto &s : t.sections)
            if (s.id == it.sectionId)
                s.items << it;
    }
    return t;
}

Result<QList<SiteVariant>> WelcomeTemplates::siteVariants() const
{
    auto q = m_plan.exec(QStringLiteral(
        "SELECT t.id, s.id, s.name, s.unit FROM welcome_templates t "
        "JOIN sites s ON s.id = t.site_id ORDER BY s.name COLLATE NORWEGIAN, s.unit COLLATE NORWEGIAN, s.id"));
    if (!q)
        return q.error();
    QList<SiteVariant> out;
    while (q->next()) {
        out << SiteVariant{q->value(0).toLongLong(), q->value(1).toLongLong(),
                           siteName(q->value(2).toString(), q->value(3).toString())};
    }
    return out;
}

Result<TemplateSection> WelcomeTemplates::section(qint64 sectionId) const
{
    auto q = m_plan.exec(QStringLiteral("SELECT id, template_id, position, title_nb, title_nn, title_en "
                                        "FROM template_sections WHERE id = ?"),
                         {sectionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The template section %1 does not exist.").arg(sectionId));
    TemplateSection s;
    s.id = q->value(0).toLongLong();
    s.templateId = q->value(1).toLongLong();
    s.position = q->value(2).toInt();
    s.title = textFrom(*q, 3);
    auto items = m_plan.exec(QStringLiteral("SELECT %1 FROM template_items WHERE section_id = ? ORDER BY position, id")
                                 .arg(QLatin1String(itemColumns)),
                             {sectionId});
    if (!items)
        return items.error();
    while (items->next())
        s.items << itemFrom(*items);
    return s;
}

Result<TemplateItem> WelcomeTemplates::item(qint64 itemId) const
{
    auto q = m_plan.exec(QStringLiteral("SELECT %1 FROM template_items WHERE id = ?").arg(QLatin1String(itemColumns)),
                         {itemId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The template item %1 does not exist.").arg(itemId));
    return itemFrom(*q);
}

Result<qint64> WelcomeTemplates::templateOfSection(qint64 sectionId) const
{
    auto q = m_plan.exec(QStringLiteral("SELECT template_id FROM template_sections WHERE id = ?"), {sectionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, tr("The template section %1 does not exist.").arg(sectionId));
    return q->value(0).toLongLong();
}

void WelcomeTemplates::touch(qint64 templateId, Change::Kind kind)
{
    m_plan.notifyChanged(Entity::Template, kind, {templateId});
}

Result<void> WelcomeTemplates::insertSectionRows(const TemplateSection &section, qint64 templateId, int position,
                                                 qint64 *newId)
{
    const LocalizedText title = trimmed(section.title);
    if (title.isEmpty())
        return Error::invalid(tr("A section needs a title."), tr("Title"));
    auto q = m_plan.exec(QStringLiteral("INSERT INTO template_sections (id, template_id, position, title_nb, title_nn, "
                                        "title_en) VALUES (?, ?, ?, ?, ?, ?)"),
                         {idOrNull(section.id), templateId, position,
                          title.nb.isEmpty() ? title.in(QStringLiteral("nb")) : title.nb, title.nn, title.en});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    int pos = 0;
    for (const TemplateItem &item : section.items) {
        auto r = insertItemRow(item, id, pos++);
        if (!r)
            return r.error();
    }
    if (newId)
        *newId = id;
    return {};
}

Result<qint64> WelcomeTemplates::insertItemRow(const TemplateItem &item, qint64 sectionId, int position)
{
    const LocalizedText text = trimmed(item.text);
    if (text.isEmpty())
        return Error::invalid(tr("An item needs a text."), tr("Text"));
    if (item.dueDay < minDueDay || item.dueDay > maxDueDay)
        return Error::invalid(tr("The due day %1 is out of range: use a day from %2 to %3.")
                                  .arg(item.dueDay)
                                  .arg(minDueDay)
                                  .arg(maxDueDay),
                              tr("Due day"));
    auto q = m_plan.exec(QStringLiteral("INSERT INTO template_items (id, section_id, position, text_nb, text_nn, "
                                        "text_en, role, due_day, from_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {idOrNull(item.id), sectionId, position,
                          text.nb.isEmpty() ? text.in(QStringLiteral("nb")) : text.nb, text.nn, text.en,
                          toId(item.role), item.dueDay, item.fromEnd ? 1 : 0});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> WelcomeTemplates::insertSection(const TemplateSection &section)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto count = m_plan.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM welcome_templates WHERE id = ?) "
                                            "FROM template_sections WHERE template_id = ?"),
                             {section.templateId, section.templateId});
    if (!count)
        return count.error();
    count->next();
    if (count->value(1).toInt() == 0)
        return Error::make(Error::Kind::NotFound,
                           tr("The welcome template %1 does not exist.").arg(section.templateId));
    const int n = count->value(0).toInt();
    const int position = section.position < 0 || section.position > n ? n : section.position;
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET position = position + 1 "
                                            "WHERE template_id = ? AND position >= ?"),
                             {section.templateId, position});
        !r)
        return r.error();
    qint64 id = 0;
    if (auto r = insertSectionRows(section, section.templateId, position, &id); !r)
        return r.error();
    touch(section.templateId, Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<LocalizedText> WelcomeTemplates::renameSection(qint64 sectionId, const LocalizedText &title)
{
    const LocalizedText t = trimmed(title);
    if (t.isEmpty())
        return Error::invalid(tr("A section needs a title."), tr("Title"));
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = section(sectionId);
    if (!old)
        return old.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET title_nb = ?, title_nn = ?, title_en = ? "
                                            "WHERE id = ?"),
                             {t.nb.isEmpty() ? t.in(QStringLiteral("nb")) : t.nb, t.nn, t.en, sectionId});
        !r)
        return r.error();
    touch(old->templateId, Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old->title;
}

Result<TemplateSection> WelcomeTemplates::removeSection(qint64 sectionId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = section(sectionId);
    if (!old)
        return old.error();
    if (auto r = m_plan.exec(QStringLiteral("DELETE FROM template_sections WHERE id = ?"), {sectionId}); !r)
        return r.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET position = position - 1 "
                                            "WHERE template_id = ? AND position > ?"),
                             {old->templateId, old->position});
        !r)
        return r.error();
    touch(old->templateId, Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<int> WelcomeTemplates::moveSection(qint64 sectionId, int newPosition)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = section(sectionId);
    if (!old)
        return old.error();
    auto count =
        m_plan.exec(QStringLiteral("SELECT count(*) FROM template_sections WHERE template_id = ?"), {old->templateId});
    if (!count)
        return count.error();
    count->next();
    const int last = count->value(0).toInt() - 1;
    const int to = newPosition < 0 || newPosition > last ? last : newPosition;
    const QVariantList b{old->templateId, old->position, to};
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET position = position - 1 "
                                            "WHERE template_id = ? AND position > ? AND position <= ?"),
                             b);
        !r)
        return r.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET position = position + 1 "
                                            "WHERE template_id = ? AND position < ? AND position >= ?"),
                             b);
        !r)
        return r.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_sections SET position = ? WHERE id = ?"), {to, sectionId});
        !r)
        return r.error();
    touch(old->templateId, Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old->position;
}

Result<qint64> WelcomeTemplates::insertItem(const TemplateItem &item)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto templateId = templateOfSection(item.sectionId);
    if (!templateId)
        return templateId.error();
    auto count =
        m_plan.exec(QStringLiteral("SELECT count(*) FROM template_items WHERE section_id = ?"), {item.sectionId});
    if (!count)
        return count.error();
    count->next();
    const int n = count->value(0).toInt();
    const int position = item.position < 0 || item.position > n ? n : item.position;
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_items SET position = position + 1 "
                                            "WHERE section_id = ? AND position >= ?"),
                             {item.sectionId, position});
        !r)
        return r.error();
    auto id = insertItemRow(item, item.sectionId, position);
    if (!id)
        return id.error();
    touch(templateId.value(), Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return id.value();
}

Result<TemplateItem> WelcomeTemplates::updateItem(const TemplateItem &changed)
{
    const LocalizedText text = trimmed(changed.text);
    if (text.isEmpty())
        return Error::invalid(tr("An item needs a text."), tr("Text"));
    if (changed.dueDay < minDueDay || changed.dueDay > maxDueDay)
        return Error::invalid(tr("The due day %1 is out of range: use a day from %2 to %3.")
                                  .arg(changed.dueDay)
                                  .arg(minDueDay)
                                  .arg(maxDueDay),
                              tr("Due day"));
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = item(changed.id);
    if (!old)
        return old.error();
    auto templateId = templateOfSection(old->sectionId);
    if (!templateId)
        return templateId.error();
    if (auto r =
            m_plan.exec(QStringLiteral("UPDATE template_items SET text_nb = ?, text_nn = ?, text_en = ?, role = ?, "
                                       "due_day = ?, from_end = ? WHERE id = ?"),
                        {text.nb.isEmpty() ? text.in(QStringLiteral("nb")) : text.nb, text.nn, text.en,
                         toId(changed.role), changed.dueDay, changed.fromEnd ? 1 : 0, changed.id});
        !r)
        return r.error();
    touch(templateId.value(), Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<TemplateItem> WelcomeTemplates::removeItem(qint64 itemId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = item(itemId);
    if (!old)
        return old.error();
    auto templateId = templateOfSection(old->sectionId);
    if (!templateId)
        return templateId.error();
    if (auto r = m_plan.exec(QStringLiteral("DELETE FROM template_items WHERE id = ?"), {itemId}); !r)
        return r.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_items SET position = position - 1 "
                                            "WHERE section_id = ? AND position > ?"),
                             {old->sectionId, old->position});
        !r)
        return r.error();
    touch(templateId.value(), Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<ItemPlace> WelcomeTemplates::moveItem(qint64 itemId, qint64 toSectionId, int toPosition)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = item(itemId);
    if (!old)
        return old.error();
    auto fromTemplate = templateOfSection(old->sectionId);
    if (!fromTemplate)
        return fromTemplate.error();
    auto toTemplate = templateOfSection(toSectionId);
    if (!toTemplate)
        return toTemplate.error();
    if (fromTemplate.value() != toTemplate.value())
        return Error::invalid(tr("An item can only be moved within its own template."));
    // Take the item out (close the gap), then open a gap where it goes.
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_items SET position = position - 1 "
                                            "WHERE section_id = ? AND position > ?"),
                             {old->sectionId, old->position});
        !r)
        return r.error();
    auto count = m_plan.exec(QStringLiteral("SELECT count(*) FROM template_items WHERE section_id = ? AND id <> ?"),
                             {toSectionId, itemId});
    if (!count)
        return count.error();
    count->next();
    const int n = count->value(0).toInt();
    const int to = toPosition < 0 || toPosition > n ? n : toPosition;
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_items SET position = position + 1 "
                                            "WHERE section_id = ? AND position >= ? AND id <> ?"),
                             {toSectionId, to, itemId});
        !r)
        return r.error();
    if (auto r = m_plan.exec(QStringLiteral("UPDATE template_items SET section_id = ?, position = ? WHERE id = ?"),
                             {toSectionId, to, itemId});
        !r)
        return r.error();
    touch(toTemplate.value(), Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return ItemPlace{old->sectionId, old->position};
}

Result<qint64> WelcomeTemplates::createSiteVariant(qint64 siteId, qint64 newTemplateId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto site = m_plan.exec(QStringLiteral("SELECT name, (SELECT count(*) FROM welcome_templates WHERE site_id = ?) "
                                           "FROM sites WHERE id = ?"),
                            {siteId, siteId});
    if (!site)
        return site.error();
    if (!site->next())
        return Error::make(Error::Kind::NotFound, tr("The placement site %1 does not exist.").arg(siteId));
    if (site->value(1).toInt() > 0)
        return Error::make(Error::Kind::Conflict,
                           tr("“%1” has its own welcome template already.").arg(site->value(0).toString()));
    const QString siteName = site->value(0).toString();
    site->finish();
    auto defaultId = defaultTemplateId();
    if (!defaultId)
        return defaultId.error();
    auto contents = load(defaultId.value());
    if (!contents)
        return contents.error();
    auto ins = m_plan.exec(QStringLiteral("INSERT INTO welcome_templates (id, site_id, name) VALUES (?, ?, ?)"),
                           {idOrNull(newTemplateId), siteId, siteName});
    if (!ins)
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    int pos = 0;
    for (TemplateSection s : std::as_const(contents->sections)) {
        s.id = 0;
        for (auto &it : s.items)
            it.id = 0;
        if (auto r = insertSectionRows(s, id, pos++, nullptr); !r)
            return r.error();
    }
    touch(id, Change::Kind::Inserted);
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<WelcomeTemplate> WelcomeTemplates::removeSiteVariant(qint64 siteId)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto id = siteTemplateId(siteId);
    if (!id)
        return id.error();
    if (!id->has_value())
        return Error::make(Error::Kind::NotFound, tr("This placement site has no welcome template of its own."));
    auto old = load(id->value());
    if (!old)
        return old.error();
    if (auto r = m_plan.exec(QStringLiteral("DELETE FROM welcome_templates WHERE id = ?"), {old->id}); !r)
        return r.error();
    touch(old->id, Change::Kind::Removed);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<void> WelcomeTemplates::restoreVariant(const WelcomeTemplate &variant)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto ins = m_plan.exec(
        QStringLiteral("INSERT INTO welcome_templates (id, site_id, name) VALUES (?, ?, ?)"),
        {idOrNull(variant.id), variant.siteId ? QVariant(*variant.siteId) : QVariant(), notNull(variant.name)});
    if (!ins)
        return ins.error();
    const qint64 id = ins->lastInsertId().toLongLong();
    int pos = 0;
    for (const TemplateSection &s : variant.sections)
        if (auto r = insertSectionRows(s, id, pos++, nullptr); !r)
            return r.error();
    touch(id, Change::Kind::Inserted);
    return tx.commit();
}

Result<WelcomeTemplate> WelcomeTemplates::replaceContents(const WelcomeTemplate &contents)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto old = load(contents.id);
    if (!old)
        return old.error();
    if (auto r = m_plan.exec(QStringLiteral("DELETE FROM template_sections WHERE template_id = ?"), {contents.id}); !r)
        return r.error();
    int pos = 0;
    for (const TemplateSection &s : contents.sections)
        if (auto r = insertSectionRows(s, contents.id, pos++, nullptr); !r)
            return r.error();
    touch(contents.id, Change::Kind::Updated);
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<WelcomeTemplate> WelcomeTemplates::restoreDefault()
{
    auto shipped = shippedDefaultTemplate();
    if (!shipped)
        return shipped.error();
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto id = defaultTemplateId();
    if (!id) {
        // The default itself is gone (only possible by hand): make it again.
        if (auto r = installDefaultTemplate(m_plan); !r)
            return r.error();
        auto made = defaultTemplateId();
        if (!made)
            return made.error();
        touch(made.value(), Change::Kind::Inserted);
        if (auto r = tx.commit(); !r)
            return r.error();
        return WelcomeTemplate{};
    }
    shipped->id = id.value();
    auto old = replaceContents(shipped.value());
    if (!old)
        return old.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return old.value();
}

Result<WelcomeTemplate> shippedDefaultTemplate()
{
    QFile f(shippedTemplatePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, Text::tr("The default welcome template could not be read."), shippedTemplatePath};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull())
        return Error{Error::Kind::Invalid,
                     Text::tr("The default welcome template is damaged: %1").arg(parseError.errorString()),
                     shippedTemplatePath};
    auto texts = [](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        return LocalizedText{o.value(QLatin1String("nb")).toString(), o.value(QLatin1String("nn")).toString(),
                             o.value(QLatin1String("en")).toString()};
    };
    WelcomeTemplate t;
    const QJsonArray sections = doc.object().value(QLatin1String("sections")).toArray();
    int sectionPos = 0;
    for (const QJsonValue &sv : sections) {
        const QJsonObject so = sv.toObject();
        TemplateSection s;
        s.position = sectionPos++;
        s.title = texts(so.value(QLatin1String("title")));
        int itemPos = 0;
        const QJsonArray items = so.value(QLatin1String("items")).toArray();
        for (const QJsonValue &iv : items) {
            const QJsonObject io = iv.toObject();
            TemplateItem it;
            it.position = itemPos++;
            it.text = texts(io.value(QLatin1String("text")));
            const auto role = fromId<Role>(io.value(QLatin1String("role")).toString());
            if (!role || it.text.nb.isEmpty())
                return Error{Error::Kind::Invalid,
                             Text::tr("The default welcome template is damaged: an item in “%1” has no text or an "
                                      "unknown role.")
                                 .arg(s.title.nb),
                             shippedTemplatePath};
            it.role = *role;
            it.dueDay = io.value(QLatin1String("dueDay")).toInt();
            it.fromEnd = io.value(QLatin1String("fromEnd")).toBool();
            s.items << it;
        }
        t.sections << s;
    }
    if (t.sections.isEmpty())
        return Error{Error::Kind::Invalid, Text::tr("The default welcome template is empty."), shippedTemplatePath};
    return t;
}

Result<void> installDefaultTemplate(PlanFile &plan)
{
    // A plan made by other migrations (tests of the migration mechanism) may have no template tables at all.
    auto tables = plan.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'welcome_templates'"));
    if (!tables)
        return tables.error();
    if (!tables->next() || tables->value(0).toInt() == 0)
        return {};
    tables->finish();
    auto shipped = shippedDefaultTemplate();
    if (!shipped)
        return shipped.error();
    Transaction tx(plan);
    if (!tx.ok())
        return tx.error();
    auto existing = plan.exec(QStringLiteral("SELECT count(*) FROM welcome_templates WHERE site_id IS NULL"));
    if (!existing)
        return existing.error();
    existing->next();
    if (existing->value(0).toInt() > 0)
        return {};
    existing->finish();
    shipped->id = 0;
    if (auto r = WelcomeTemplates(plan).restoreVariant(shipped.value()); !r)
        return r;
    return tx.commit();
}

QString dueDayText(int dueDay, bool fromEnd)
{
    if (dueDay == 0)
        return fromEnd ? WelcomeTemplates::tr("On the last day") : WelcomeTemplates::tr("On the first day");
    const int days = qAbs(dueDay);
    if (fromEnd)
        return dueDay < 0 ? WelcomeTemplates::tr("%n day(s) before the last day", nullptr, days)
                          : WelcomeTemplates::tr("%n day(s) after the last day", nullptr, days);
    return dueDay < 0 ? WelcomeTemplates::tr("%n day(s) before the first day", nullptr, days)
                      : WelcomeTemplates::tr("%n day(s) after the first day", nullptr, days);
}

} // namespace praksis
