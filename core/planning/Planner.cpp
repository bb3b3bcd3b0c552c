#include "planning/Planner.h"

#include <QHash>
#include <QSet>

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>

namespace praksis {

// The model
// =========
// The planner places each student of the period who has no placement yet at no more than one site, with a
// supervisor of that site, so that the total cost of PRODUCT.md section 6 is least. That assignment problem is a
// min-cost flow in this network (one unit of flow = one student):
//
//   student u ──(1, c(u,s))──▶ site_in(s) ──(room(s), 0)──▶ site_out(s) ──(room(v), 0)──▶ sink   for each
//   supervisor v of s;   student u ──(1, unplaced)──▶ sink;   supply +1 at every student, −N at the sink.
//
// (capacity, cost) on each arc. c(u,s) is the cost table: choice 1/2/3, or "not chosen", plus "revisit" when she
// has been at s before. There is no arc to a site on her exclusion list, to a site whose kind is not eligible in
// the period, or to a site that cannot take anyone (no room, or no supervisor with room: every placement must
// have a supervisor). room(s) is the site's capacity for the period (override, else the site's capacity) less
// the most students it already has at any date of the period; room(v) is the supervisor's maximum less the most
// students she already has at those dates, and 0 when she is absent at any date of the period.
//
// Why a minimum-cost flow is an optimal plan. Every plan gives an integral flow of the same cost: send one unit
// along student → site → supervisor → sink for every placed student, and along the unplaced arc for every other
// one; the site arc then carries the students placed at the site (≤ room(s)) and the supervisor arc the students
// she supervises (≤ room(v)). Conversely every integral flow is a plan of the same cost: a student's unit leaves
// her node on exactly one arc (capacity 1, supply 1); flow conservation at site_in/site_out splits each site's
// students among its supervisors within their room, so the flow decomposes into student → site → supervisor paths
// that respect every capacity. Supervisors belong to one site, so the two kinds of capacity are nested and the
// network expresses both. The constraint matrix of a flow problem is a node–arc incidence matrix, which is totally
// unimodular; with integral supplies and capacities the LP has an integral optimal vertex, and LEMON's network
// simplex returns such a vertex (a spanning-tree solution). Hence its optimum is the optimum over all plans.
// Rules 1–4 hold for every such plan: one placement per student (rule 1), site room (2), supervisor room and
// absence (3), eligible kinds only and the period's dates (4).
//
// Keeping the network small. Most students could go to any of hundreds of eligible sites at the same cost
// ("not chosen"); arcs to every one of them would make 5,000 × 500 = 2.5 million arcs. Instead the usable sites
// (in id order) are the leaves of a segment tree of hub nodes whose arcs (capacity N, cost 0) lead down to
// site_in. A student gets direct arcs to her special sites — her choices and the sites she has been at, each at
// its own cost — and, at cost "not chosen", one arc to each hub of the O(log m) hubs that cover each stretch of
// usable sites between her special and excluded sites. Every site she may go to is then reached by exactly one
// path, at exactly its cost, and no other site is: the network is the model above with shared arcs, so its optimum
// is the same. A hub's flow is split among its students in student id order when the solution is read back.
//
// Determinism: the network is built from the input sorted by id (choices in rank order), LEMON's network simplex
// has no randomness, and the flow is read back in id order. The same input in any order gives the same plan.
//
// Totals are exact integers (64-bit costs).

namespace {

using Input = PlannerInput;

struct Ref
{
    bool leaf = false;
    int index = 0; // leaf: usable-site index; otherwise: tree-node index
};

struct TreeNode
{
    int node = 0;
    int lo = 0;
    int hi = 0;
    Ref left, right;
    int leftArc = -1;
    int rightArc = -1;
};

struct Model
{
    FlowNetwork net;
    QList<int> students;        // indices into input.students of the students to plan (node 1 + i)
    QList<int> usable;          // indices into input.sites of the usable sites, in id order
    QList<int> siteIn, siteArc; // per usable site
    QList<QList<std::pair<int, int>>> supervisorArcs; // per usable site: (arc, index into input.supervisors)
    QList<int> unplacedArc;                           // per student
    QList<QList<std::pair<int, int>>> directArcs;     // per student: (arc, usable index)
    QList<QList<std::pair<int, Ref>>> hubArcs;        // per student: (arc, hub or leaf)
    QList<TreeNode> tree;                             // hubs, parents before children
};

int addNode(FlowNetwork &net, int supply = 0)
{
    net.supply << supply;
    return net.nodeCount++;
}

int addArc(FlowNetwork &net, int from, int to, int capacity, qint64 cost)
{
    net.arcs << FlowNetwork::Arc{from, to, capacity, cost};
    return int(net.arcs.size() - 1);
}

int nodeOf(const Model &m, Ref r)
{
    return r.leaf ? m.siteIn[r.index] : m.tree[r.index].node;
}

Ref buildTree(Model &m, int lo, int hi, int unbounded)
{
    if (lo == hi)
        return Ref{true, lo};
    const int index = int(m.tree.size());
    m.tree << TreeNode{addNode(m.net), lo, hi, {}, {}, -1, -1};
    const int mid = (lo + hi) / 2;
    const Ref left = buildTree(m, lo, mid, unbounded);
    const Ref right = buildTree(m, mid + 1, hi, unbounded);
    TreeNode &t = m.tree[index];
    t.left = left;
    t.right = right;
    t.leftArc = addArc(m.net, t.node, nodeOf(m, left), unbounded, 0);
    m.tree[index].rightArc = addArc(m.net, m.tree[index].node, nodeOf(m, right), unbounded, 0);
    return Ref{false, index};
}

// The hubs that together cover usable sites a..b exactly.
void cover(const Model &m, Ref r, int lo, int hi, int a, int b, QList<Ref> &out)
{
    if (b < lo || hi < a)
        return;
    if (a <= lo && hi <= b) {
        out << r;
        return;
    }
    const TreeNode &t = m.tree[r.index];
    const int mid = (lo + hi) / 2;
    cover(m, t.left, lo, mid, a, b, out);
    cover(m, t.right, mid + 1, hi, a, b, out);
}

// The input with every list in id order, so that the result does not depend on the order it was given in.
Input normalised(const Input &in)
{
    Input out = in;
    auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(out.sites.begin(), out.sites.end(), byId);
    std::sort(out.supervisors.begin(), out.supervisors.end(), byId);
    std::sort(out.students.begin(), out.students.end(), byId);
    for (Input::Student &s : out.students) {
        std::sort(s.excluded.begin(), s.excluded.end());
        std::sort(s.visited.begin(), s.visited.end());
    }
    return out;
}

Model buildModel(const Input &in)
{
    Model m;
    const int sink = addNode(m.net);
    for (int i = 0; i < in.students.size(); ++i)
        if (in.students[i].status == Input::Student::Status::ToPlan)
            m.students << i;
    const int n = int(m.students.size());
    m.net.supply[sink] = -n;
    for (int i = 0; i < n; ++i)
        addNode(m.net, 1);

    QHash<qint64, QList<int>> supervisorsOfSite;
    for (int v = 0; v < in.supervisors.size(); ++v)
        if (in.supervisors[v].room > 0)
            supervisorsOfSite[in.supervisors[v].siteId] << v;
    QHash<qint64, int> usableIndex; // site id -> usable index
    for (int s = 0; s < in.sites.size(); ++s) {
        const Input::Site &site = in.sites[s];
        if (!site.eligible || site.room <= 0 || supervisorsOfSite.value(site.id).isEmpty())
            continue;
        const int u = int(m.usable.size());
        usableIndex.insert(site.id, u);
        m.usable << s;
        const int in_ = addNode(m.net);
        const int out = addNode(m.net);
        m.siteIn << in_;
        m.siteArc << addArc(m.net, in_, out, site.room, 0);
        QList<std::pair<int, int>> arcs;
        for (int v : supervisorsOfSite.value(site.id))
            arcs << std::pair(addArc(m.net, out, sink, in.supervisors[v].room, 0), v);
        m.supervisorArcs << arcs;
    }
    const int usableCount = int(m.usable.size());
    // room for the arcs still to come (the tree, and per student one unplaced arc, her special sites and about two
    // hubs per tree level), so the list does not grow by copying ~100,000 arcs again and again
    int depth = 1;
    while ((1 << depth) < usableCount)
        ++depth;
    m.net.arcs.reserve(m.net.arcs.size() + 2 * qsizetype(usableCount) + qsizetype(n) * (4 + 2 * depth));
    m.net.supply.reserve(m.net.nodeCount + usableCount);
    Ref root;
    if (usableCount > 0)
        root = buildTree(m, 0, usableCount - 1, std::max(n, 1));

    m.unplacedArc.resize(n);
    m.directArcs.resize(n);
    m.hubArcs.resize(n);
    for (int i = 0; i < n; ++i) {
        const Input::Student &st = in.students[m.students[i]];
        const int node = 1 + i;
        m.unplacedArc[i] = addArc(m.net, node, sink, 1, in.costs.unplaced);
        // her special sites: own arcs with their own cost (none for excluded ones); all others through hubs
        QList<int> special;
        for (const QList<qint64> *list : {&st.choices, &st.visited, &st.excluded})
            for (qint64 id : *list)
                if (usableIndex.contains(id))
                    special << usableIndex.value(id);
        std::sort(special.begin(), special.end());
        special.erase(std::unique(special.begin(), special.end()), special.end());
        for (int u : std::as_const(special)) {
            const int cost = Planner::placementCost(in, st, in.sites[m.usable[u]]);
            if (cost >= 0)
                m.directArcs[i] << std::pair(addArc(m.net, node, m.siteIn[u], 1, cost), u);
        }
        int from = 0;
        special << usableCount;
        for (int u : std::as_const(special)) {
            if (from <= u - 1) {
                QList<Ref> hubs;
                cover(m, root, 0, usableCount - 1, from, u - 1, hubs);
                for (Ref r : std::as_const(hubs))
                    m.hubArcs[i] << std::pair(addArc(m.net, node, nodeOf(m, r), 1, in.costs.notChosen), r);
            }
            from = u + 1;
        }
    }
    return m;
}

QString ordinal(int rank)
{
    switch (rank) {
    case 1:
        return Planner::tr("first");
    case 2:
        return Planner::tr("second");
    default:
        return Planner::tr("third");
    }
}

QString joinNames(QStringList names)
{
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return Planner::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

int Planner::placementCost(const PlannerInput &input, const PlannerInput::Student &student,
                           const PlannerInput::Site &site)
{
    if (!site.eligible || student.excluded.contains(site.id))
        return -1;
    const PlannerCosts &c = input.costs;
    const qsizetype rank = student.choices.indexOf(site.id);
    int cost = rank == 0 ? c.choice1 : rank == 1 ? c.choice2 : rank == 2 ? c.choice3 : c.notChosen;
    if (student.visited.contains(site.id))
        cost += c.revisit;
    return cost;
}

QString Planner::reasonId(PlannerResult::Reason reason)
{
    switch (reason) {
    case PlannerResult::Reason::Kept:
        return QStringLiteral("kept");
    case PlannerResult::Reason::AlreadyPlaced:
        return QStringLiteral("alreadyPlaced");
    case PlannerResult::Reason::Withdrawn:
        return QStringLiteral("withdrawn");
    case PlannerResult::Reason::NoEligibleSite:
        return QStringLiteral("noEligibleSite");
    case PlannerResult::Reason::AllExcluded:
        return QStringLiteral("allExcluded");
    case PlannerResult::Reason::NoSiteRoom:
        return QStringLiteral("noSiteRoom");
    case PlannerResult::Reason::NoSupervisorCapacity:
        return QStringLiteral("noSupervisorCapacity");
    case PlannerResult::Reason::CheaperUnplaced:
        return QStringLiteral("cheaperUnplaced");
    }
    return {};
}

FlowNetwork Planner::network(const PlannerInput &input)
{
    return buildModel(normalised(input)).net;
}

Result<PlannerResult> Planner::solve(const PlannerInput &original, const PlannerProgress &progress)
{
    const auto cancelled = [] {
        return Error::make(Error::Kind::Cancelled, tr("Planning was cancelled; nothing was changed."));
    };
    if (progress && !progress(0))
        return cancelled();
    const Input in = normalised(original);
    const Model m = buildModel(in);
    if (progress && !progress(20))
        return cancelled();

    // --- solve ----------------------------------------------------------------------------------------------
    lemon::SmartDigraph g;
    g.reserveNode(m.net.nodeCount);
    g.reserveArc(int(m.net.arcs.size()));
    for (int i = 0; i < m.net.nodeCount; ++i)
        g.addNode();
    for (const FlowNetwork::Arc &a : m.net.arcs)
        g.addArc(g.nodeFromId(a.from), g.nodeFromId(a.to));
    lemon::SmartDigraph::ArcMap<int> capacity(g);
    lemon::SmartDigraph::ArcMap<long long> cost(g);
    lemon::SmartDigraph::NodeMap<int> supply(g);
    for (int i = 0; i < m.net.arcs.size(); ++i) {
        capacity[g.arcFromId(i)] = m.net.arcs[i].capacity;
        cost[g.arcFromId(i)] = m.net.arcs[i].cost;
    }
    for (int i = 0; i < m.net.nodeCount; ++i)
        supply[g.nodeFromId(i)] = m.net.supply[i];
    lemon::NetworkSimplex<lemon::SmartDigraph, int, long long> simplex(g);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<lemon::SmartDigraph, int, long long>::OPTIMAL)
        return Error::make(Error::Kind::Database,
                           tr("The planner found no plan for the period %1.").arg(in.periodName));
    auto flow = [&](int arc) { return simplex.flow(g.arcFromId(arc)); };
    if (progress && !progress(70))
        return cancelled();

    // --- read the plan back ---------------------------------------------------------------------------------
    const int n = int(m.students.size());
    QList<int> siteOf(n, -1);                  // usable index per student
    QList<QList<int>> arriving(m.tree.size()); // students entering each hub
    for (int i = 0; i < n; ++i) {
        for (const auto &[arc, u] : m.directArcs[i])
            if (flow(arc) > 0)
                siteOf[i] = u;
        for (const auto &[arc, r] : m.hubArcs[i]) {
            if (flow(arc) <= 0)
                continue;
            if (r.leaf)
                siteOf[i] = r.index;
            else
                arriving[r.index] << i;
        }
    }
    for (int t = 0; t < m.tree.size(); ++t) { // parents come before children
        QList<int> &queue = arriving[t];
        std::sort(queue.begin(), queue.end());
        const TreeNode &node = m.tree[t];
        const int toLeft = flow(node.leftArc);
        for (int k = 0; k < queue.size(); ++k) {
            const Ref r = k < toLeft ? node.left : node.right;
            if (r.leaf)
                siteOf[queue[k]] = r.index;
            else
                arriving[r.index] << queue[k];
        }
    }

    PlannerResult result;
    QList<int> siteRoomLeft(m.usable.size()), supervisorRoomLeft(m.usable.size());
    QList<QList<int>> studentsAt(m.usable.size());
    for (int i = 0; i < n; ++i)
        if (siteOf[i] >= 0)
            studentsAt[siteOf[i]] << i;
    QList<qint64> supervisorOf(n, 0);
    for (int u = 0; u < m.usable.size(); ++u) {
        siteRoomLeft[u] = m.net.arcs[m.siteArc[u]].capacity - flow(m.siteArc[u]);
        int k = 0;
        for (const auto &[arc, v] : m.supervisorArcs[u]) {
            const int f = flow(arc);
            supervisorRoomLeft[u] += m.net.arcs[arc].capacity - f;
            for (int j = 0; j < f && k < studentsAt[u].size(); ++j)
                supervisorOf[studentsAt[u][k++]] = in.supervisors[v].id;
        }
    }
    QHash<qint64, int> usableOfSite;
    for (int u = 0; u < m.usable.size(); ++u)
        usableOfSite.insert(in.sites[m.usable[u]].id, u);
    QHash<qint64, int> siteIndex;
    for (int s = 0; s < in.sites.size(); ++s)
        siteIndex.insert(in.sites[s].id, s);
    QHash<qint64, int> supervisorCount;
    for (const Input::Supervisor &v : in.supervisors)
        ++supervisorCount[v.siteId];

    // Why a site could not take (more of) her: the same words for choices passed over and for unplaced students.
    enum class Why
    {
        None,
        Excluded,
        NotEligible,
        Full,
        NoSupervisor,
        NoSupervisors,
        Revisit
    };
    // What keeps a site from taking anyone now, whoever she is (None: it has room and a supervisor free).
    auto siteWhy = [&](int s) {
        const Input::Site &site = in.sites[s];
        if (!site.eligible)
            return Why::NotEligible;
        const int u = usableOfSite.value(site.id, -1);
        const int roomLeft = u >= 0 ? siteRoomLeft[u] : site.room;
        if (roomLeft <= 0)
            return Why::Full;
        if (supervisorCount.value(site.id) == 0)
            return Why::NoSupervisors;
        if (u < 0 || supervisorRoomLeft[u] <= 0)
            return Why::NoSupervisor;
        return Why::None;
    };
    auto why = [&](const Input::Student &st, qint64 siteId) {
        const int s = siteIndex.value(siteId, -1);
        if (s < 0)
            return Why::None;
        if (st.excluded.contains(siteId))
            return Why::Excluded;
        if (const Why w = siteWhy(s); w != Why::None)
            return w;
        if (st.visited.contains(siteId))
            return Why::Revisit;
        return Why::None;
    };
    auto clause = [&](Why w, const QStringList &ranks, const QStringList &names) {
        const bool one = names.size() == 1;
        const QString who =
            one ? tr("her %1 choice %2").arg(ranks.first(), names.first()) : tr("her choices %1").arg(joinNames(names));
        switch (w) {
        case Why::Excluded:
            return one ? tr("%1 is on her exclusion list").arg(who) : tr("%1 are on her exclusion list").arg(who);
        case Why::NotEligible:
            return one ? tr("%1 is not of a kind eligible in this period").arg(who)
                       : tr("%1 are not of a kind eligible in this period").arg(who);
        case Why::Full:
            return one ? tr("%1 was full").arg(who) : tr("%1 were full").arg(who);
        case Why::NoSupervisor:
            return one ? tr("%1 had no supervisor free").arg(who) : tr("%1 had no supervisor free").arg(who);
        case Why::NoSupervisors:
            return one ? tr("%1 has no supervisors").arg(who) : tr("%1 have no supervisors").arg(who);
        case Why::Revisit:
            return one ? tr("she has been at %1 before").arg(who) : tr("she has been at %1 before").arg(who);
        case Why::None:
            break;
        }
        return one ? tr("%1 would cost more overall").arg(who) : tr("%1 would cost more overall").arg(who);
    };
    // "her first choice Solbakken was full; her choices Fjordheim and Lia had no supervisor free"
    auto passedOver = [&](const Input::Student &st, int upToRank) {
        QList<std::pair<Why, std::pair<QStringList, QStringList>>> groups;
        for (int r = 0; r < st.choices.size() && r < upToRank; ++r) {
            const int s = siteIndex.value(st.choices[r], -1);
            if (s < 0)
                continue;
            const Why w = why(st, st.choices[r]);
            auto it = std::find_if(groups.begin(), groups.end(), [w](const auto &g) { return g.first == w; });
            if (it == groups.end()) {
                groups.append({w, {}});
                it = groups.end() - 1;
            }
            it->second.first << ordinal(r + 1);
            it->second.second << in.sites[s].name;
        }
        QStringList clauses;
        for (const auto &grp : std::as_const(groups))
            clauses << clause(grp.first, grp.second.first, grp.second.second);
        return clauses.join(QStringLiteral("; "));
    };

    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        const Input::Student &st = in.students[m.students[i]];
        if (siteOf[i] < 0)
            continue;
        const Input::Site &site = in.sites[m.usable[siteOf[i]]];
        PlannerResult::Placed p;
        p.studentId = st.id;
        p.siteId = site.id;
        p.supervisorId = supervisorOf[i];
        p.cost = placementCost(in, st, site);
        p.choice = int(st.choices.indexOf(site.id)) + 1;
        p.revisit = st.visited.contains(site.id);
        QString text;
        if (p.choice >= 1)
            text = tr("%1 choice").arg(ordinal(p.choice));
        else if (st.choices.isEmpty())
            text = tr("she named no choices");
        else
            text = tr("not among her choices");
        const QString others = passedOver(st, p.choice >= 1 ? p.choice - 1 : 3);
        if (!others.isEmpty())
            text += QStringLiteral(": ") + others;
        if (p.revisit)
            text += QStringLiteral("; ") + tr("she has been at this site before");
        p.explanation = text;
        total += p.cost;
        result.placed << p;
        if (st.currentSiteId == 0)
            ++result.comparison.added;
        else if (st.currentSiteId == p.siteId && st.currentSupervisorId == p.supervisorId)
            ++result.comparison.unchanged;
        else
            ++result.comparison.moved;
    }

    int eligibleSites = 0;
    for (const Input::Site &s : in.sites)
        if (s.eligible)
            ++eligibleSites;
    for (const Input::Student &st : in.students) {
        PlannerResult::Unplaced u;
        u.studentId = st.id;
        switch (st.status) {
        case Input::Student::Status::Kept:
            u.reason = PlannerResult::Reason::Kept;
            u.explanation = tr("already placed in this period: %1").arg(st.placedAt);
            result.kept << u;
            continue;
        case Input::Student::Status::AlreadyPlaced:
            u.reason = PlannerResult::Reason::AlreadyPlaced;
            u.explanation = tr("already placed at the same dates: %1").arg(st.placedAt);
            result.unplaced << u;
            continue;
        case Input::Student::Status::Withdrawn:
            u.reason = PlannerResult::Reason::Withdrawn;
            u.explanation = tr("withdrawn: her placement in this period was cancelled");
            result.unplaced << u;
            continue;
        case Input::Student::Status::ToPlan:
            break;
        }
    }
    // The eligible sites by their standing, which is the same for every student not excluded from them; worked out
    // once here rather than for each unplaced student and site.
    enum Standing
    {
        FullStanding,
        NoSupervisorStanding,
        RoomyStanding
    };
    QList<int> sitesByStanding[3];
    for (int s = 0; s < in.sites.size(); ++s) {
        if (!in.sites[s].eligible)
            continue;
        const Why w = siteWhy(s);
        sitesByStanding[w == Why::Full                                      ? FullStanding
                        : w == Why::NoSupervisor || w == Why::NoSupervisors ? NoSupervisorStanding
                                                                            : RoomyStanding]
            << s;
    }
    for (int i = 0; i < n; ++i) {
        if (siteOf[i] >= 0)
            continue;
        const Input::Student &st = in.students[m.students[i]];
        total += in.costs.unplaced;
        if (st.currentSiteId != 0)
            ++result.comparison.removed;
        PlannerResult::Unplaced u;
        u.studentId = st.id;
        // the eligible sites she may go to, by standing: how many, and the first few names of each
        int allowed = 0;
        int count[3] = {0, 0, 0};
        QStringList firstNames[3];
        for (int k = 0; k < 3; ++k) {
            for (int s : std::as_const(sitesByStanding[k])) {
                if (std::binary_search(st.excluded.cbegin(), st.excluded.cend(), in.sites[s].id))
                    continue;
                if (++count[k] <= 3)
                    firstNames[k] << in.sites[s].name;
            }
            allowed += count[k];
        }
        const bool noSupervisor = count[NoSupervisorStanding] > 0, roomy = count[RoomyStanding] > 0;
        auto some = [&](int k) {
            if (count[k] <= 3)
                return joinNames(firstNames[k]);
            return tr("%1 and %n more", nullptr, count[k] - 3).arg(firstNames[k].join(QStringLiteral(", ")));
        };
        if (eligibleSites == 0) {
            u.reason = PlannerResult::Reason::NoEligibleSite;
            u.explanation = tr("no eligible site: the period has no site of an eligible kind");
        } else if (allowed == 0) {
            u.reason = PlannerResult::Reason::AllExcluded;
            u.explanation = tr("all eligible sites are on her exclusion list");
        } else if (!noSupervisor && !roomy) {
            u.reason = PlannerResult::Reason::NoSiteRoom;
            u.explanation = tr("no eligible site with room: all %n site(s) she may go to are full", nullptr, allowed);
            const QString others = passedOver(st, 3);
            if (!others.isEmpty())
                u.explanation += QStringLiteral(" (") + others + QLatin1Char(')');
        } else if (!roomy) {
            u.reason = PlannerResult::Reason::NoSupervisorCapacity;
            u.explanation = tr("no supervisor capacity: the eligible sites with room (%1) have no supervisor free")
                                .arg(some(NoSupervisorStanding));
        } else {
            u.reason = PlannerResult::Reason::CheaperUnplaced;
            u.explanation = tr("leaving her unplaced costs less than placing her at %1 (see the planner costs)")
                                .arg(some(RoomyStanding));
        }
        result.unplaced << u;
    }
    std::sort(result.unplaced.begin(), result.unplaced.end(),
              [](const auto &a, const auto &b) { return a.studentId < b.studentId; });
    result.totalCost = total;
    Q_ASSERT(total == simplex.totalCost<long long>());
    if (progress && !progress(100))
        return cancelled();
    return result;
}

} // namespace praksis
