#include "storage/SiteRepository.h"

#include "model/Validation.h"
#include "storage/PeriodRepository.h"
#include "storage/PlanFile.h"
#include "storage/SqlValues.h"
#include "storage/StudentRepository.h"

namespace praksis {

using namespace Qt::StringLiterals;

namespace {

const QString siteSelect = u"SELECT id, name, unit, municipality, municipality_number, kind, address, contact_person, "
                           u"email, phone, capacity FROM sites "_s;

Site siteFrom(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.unit = q.value(2).toString();
    s.municipality = q.value(3).toString();
    s.municipalityNumber = q.value(4).toString();
    s.kind = fromId<SiteKind>(q.value(5).toString()).value_or(SiteKind::Annet);
    s.address = q.value(6).toString();
    s.contactPerson = q.value(7).toString();
    s.email = q.value(8).toString();
    s.phone = q.value(9).toString();
    s.capacity = q.value(10).toInt();
    return s;
}

QVariantList siteValues(const Site &s)
{
    return {sql::text(s.name),
            sql::text(s.unit),
            sql::text(s.municipality),
            sql::text(s.municipalityNumber),
            toId(s.kind),
            sql::text(s.address),
            sql::text(s.contactPerson),
            sql::text(s.email),
            sql::text(s.phone),
            s.capacity};
}

} // namespace

Result<Site> SiteRepository::get(qint64 id) const
{
    auto found = sql::rows<Site>(m_plan, siteSelect + u"WHERE id = ?"_s, {id}, siteFrom);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, tr("There is no site with id %1.").arg(id));
    return found->first();
}

Result<QList<Site>> SiteRepository::list() const
{
    return sql::rows<Site>(m_plan, siteSelect + u"ORDER BY name COLLATE NORWEGIAN, unit COLLATE NORWEGIAN, id"_s, {},
                           siteFrom);
}

Result<QList<Site>> SiteRepository::listByKind(SiteKind kind) const
{
    return sql::rows<Site>(m_plan,
                           siteSelect + u"WHERE kind = ? ORDER BY name COLLATE NORWEGIAN, unit COLLATE NORWEGIAN, id"_s,
                           {toId(kind)}, siteFrom);
}

Result<qint64> SiteRepository::findByName(const QString &name, const QString &unit) const
{
    return sql::count(m_plan, u"SELECT id FROM sites WHERE name = ? COLLATE FOLDED AND unit = ? COLLATE FOLDED"_s,
                      {sql::text(name), sql::text(unit)});
}

Result<qint64> SiteRepository::resolve(const QString &text) const
{
    const QString trimmed = text.trimmed();
    // The whole text as a name first: a site's name may itself contain " / ".
    auto whole =
        sql::rows<Site>(m_plan, siteSelect + u"WHERE name = ? COLLATE FOLDED ORDER BY unit COLLATE NORWEGIAN, id"_s,
                        {trimmed}, siteFrom);
    if (!whole)
        return whole.error();
    if (whole->size() == 1)
        return whole->first().id;
    if (whole->size() > 1) {
        QStringList choices;
        for (const Site &s : std::as_const(whole.value()))
            choices << (s.unit.isEmpty() ? s.name : s.name + u" / "_s + s.unit);
        return Error::invalid(
            tr("Several sites are named “%1”; name the unit too: %2.").arg(trimmed, choices.join(u", "_s)), tr("Site"));
    }
    const qsizetype slash = trimmed.lastIndexOf(u'/');
    if (slash > 0) {
        auto id = findByName(trimmed.left(slash), trimmed.mid(slash + 1));
        if (!id)
            return id.error();
        if (id.value() != 0)
            return id.value();
    }
    return Error{Error::Kind::NotFound, tr("There is no site named “%1”.").arg(trimmed), {}, 0, 0, tr("Site")};
}

Result<void> SiteRepository::validate(const Site &site) const
{
    if (auto e = Validation::requiredText(site.name, tr("Name")))
        return *e;
    if (auto e = Validation::municipalityNumber(site.municipalityNumber, Validation::Presence::Optional,
                                                tr("Municipality number")))
        return *e;
    if (auto e = Validation::nonNegative(site.capacity, tr("Capacity")))
        return *e;
    if (auto e = Validation::email(site.email, Validation::Presence::Optional, tr("E-mail")))
        return *e;
    if (auto e = Validation::phone(site.phone, Validation::Presence::Optional, tr("Phone")))
        return *e;
    auto same = sql::count(
        m_plan, u"SELECT id FROM sites WHERE name = ? COLLATE FOLDED AND unit = ? COLLATE FOLDED AND id <> ?"_s,
        {sql::text(site.name), sql::text(site.unit), site.id});
    if (!same)
        return same.error();
    if (same.value() != 0) {
        Site shown = site;
        shown.name = site.name.trimmed();
        shown.unit = site.unit.trimmed();
        return Error::invalid(tr("There is already a site “%1”.").arg(shown.displayName()), tr("Name"));
    }
    return {};
}

Result<qint64> SiteRepository::insert(const Site &site)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(site); !v)
        return v.error();
    if (site.id != 0) {
        auto taken = sql::count(m_plan, u"SELECT count(*) FROM sites WHERE id = ?"_s, {site.id});
        if (!taken)
            return taken.error();
        if (taken.value() != 0)
            return Error::make(Error::Kind::Conflict, tr("There is already a site with id %1.").arg(site.id));
    }
    auto q = m_plan.exec(u"INSERT INTO sites (id, name, unit, municipality, municipality_number, kind, address, "
                         u"contact_person, email, phone, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         QVariantList{sql::id(site.id)} + siteValues(site));
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    m_plan.notifyChanged(Entity::Site, Change::Kind::Inserted, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<void> SiteRepository::update(const Site &site)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto v = validate(site); !v)
        return v;
    auto q = m_plan.exec(u"UPDATE sites SET name = ?, unit = ?, municipality = ?, municipality_number = ?, kind = ?, "
                         u"address = ?, contact_person = ?, email = ?, phone = ?, capacity = ? WHERE id = ?"_s,
                         siteValues(site) + QVariantList{site.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, tr("There is no site with id %1.").arg(site.id));
    m_plan.notifyChanged(Entity::Site, Change::Kind::Updated, {site.id});
    return tx.commit();
}

Result<Dependents> SiteRepository::dependents(qint64 id) const
{
    struct Count
    {
        Dependents::What what;
        const char16_t *sql;
        bool goesWithRecord;
    };
    static constexpr Count counts[] = {
        {Dependents::What::Placement, u"SELECT count(*) FROM placements WHERE site_id = ?", false},
        {Dependents::What::Supervisor, u"SELECT count(*) FROM supervisors WHERE site_id = ?", false},
        {Dependents::What::Hire, u"SELECT count(*) FROM hires WHERE site_id = ?", false},
        {Dependents::What::Preference, u"SELECT count(*) FROM preferences WHERE site_id = ?", true},
        {Dependents::What::Exclusion, u"SELECT count(*) FROM exclusions WHERE site_id = ?", true},
        {Dependents::What::CapacityOverride, u"SELECT count(*) FROM period_site_capacities WHERE site_id = ?", true},
        {Dependents::What::WelcomeTemplate, u"SELECT count(*) FROM welcome_templates WHERE site_id = ?", true},
    };
    Dependents d;
    for (const Count &c : counts) {
        auto n = sql::count(m_plan, QString::fromUtf16(c.sql), {id});
        if (!n)
            return n.error();
        d.add(c.what, n.value(), c.goesWithRecord);
    }
    return d;
}

Result<Removal<Site>> SiteRepository::remove(qint64 id, bool cascade)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    auto site = get(id);
    if (!site)
        return site.error();
    auto deps = dependents(id);
    if (!deps)
        return deps.error();
    if (deps->blocksRemoval(cascade))
        return deps->refusal(tr("The site “%1”").arg(site->displayName()), cascade);

    StudentRepository students(m_plan);
    Removal<Site> removed{site.value(), {}};
    auto prefs = students.preferencesNamingSite(id);
    if (!prefs)
        return prefs.error();
    removed.links.preferences = prefs.value();
    auto excl = students.exclusionsOfSite(id);
    if (!excl)
        return excl.error();
    removed.links.exclusions = excl.value();
    auto caps = PeriodRepository(m_plan).capacitiesOfSite(id);
    if (!caps)
        return caps.error();
    removed.links.capacities = caps.value();
    // its own welcome template, parents first
    const std::pair<const char16_t *, const char16_t *> templateRows[] = {
        {u"welcome_templates", u"site_id = ?"},
        {u"template_sections", u"template_id IN (SELECT id FROM welcome_templates WHERE site_id = ?)"},
        {u"template_items", u"section_id IN (SELECT s.id FROM template_sections s JOIN welcome_templates t "
                            u"ON t.id = s.template_id WHERE t.site_id = ?)"},
    };
    for (const auto &[table, where] : templateRows) {
        auto rows =
            RowSnapshot::capture(m_plan, Entity::Template, QString::fromUtf16(table), QString::fromUtf16(where), {id});
        if (!rows)
            return rows.error();
        if (!rows->rows.isEmpty())
            removed.links.rows << rows.value();
    }

    // The rankings without the site, later choices moving up.
    for (Preference p : std::as_const(removed.links.preferences)) {
        p.siteIds.removeAll(id);
        if (auto q = m_plan.exec(u"DELETE FROM preferences WHERE student_id = ? AND period_id = ?"_s,
                                 {p.studentId, p.periodId});
            !q)
            return q.error();
        for (qsizetype i = 0; i < p.siteIds.size(); ++i) {
            if (auto q = m_plan.exec(u"INSERT INTO preferences (student_id, period_id, rank, site_id) "
                                     u"VALUES (?, ?, ?, ?)"_s,
                                     {p.studentId, p.periodId, i + 1, p.siteIds.at(i)});
                !q)
                return q.error();
        }
    }
    // exclusions, capacities and its welcome template go by ON DELETE CASCADE
    if (auto q = m_plan.exec(u"DELETE FROM sites WHERE id = ?"_s, {id}); !q)
        return q.error();

    QList<qint64> studentIds;
    for (const Preference &p : std::as_const(removed.links.preferences))
        studentIds << p.studentId;
    if (!studentIds.isEmpty())
        m_plan.notifyChanged(Entity::Preference, Change::Kind::Updated, studentIds);
    studentIds.clear();
    for (const Exclusion &e : std::as_const(removed.links.exclusions))
        studentIds << e.studentId;
    if (!studentIds.isEmpty())
        m_plan.notifyChanged(Entity::Exclusion, Change::Kind::Removed, studentIds);
    QList<qint64> periodIds;
    for (const CapacityOverride &c : std::as_const(removed.links.capacities))
        periodIds << c.periodId;
    if (!periodIds.isEmpty())
        m_plan.notifyChanged(Entity::Period, Change::Kind::Updated, periodIds);
    if (deps->count(Dependents::What::WelcomeTemplate) > 0)
        m_plan.notifyChanged(Entity::Template, Change::Kind::Reset, {});
    m_plan.notifyChanged(Entity::Site, Change::Kind::Removed, {id});
    if (auto c = tx.commit(); !c)
        return c.error();
    return removed;
}

Result<void> SiteRepository::restore(const Removal<Site> &removed)
{
    Transaction tx(m_plan);
    if (!tx.ok())
        return tx.error();
    if (auto r = insert(removed.record); !r)
        return r.error();
    if (auto r = removed.links.restore(m_plan); !r)
        return r;
    return tx.commit();
}

} // namespace praksis
