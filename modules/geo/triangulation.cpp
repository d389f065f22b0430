// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/triangulation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ioc::triangulation {

double signedArea(const QList<QPointF>& ring)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return 0.0;
    // Relative to the first vertex: the products stay small and exact-ish for far-off coordinates.
    const QPointF o = ring.first();
    double sum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = ring[i] - o;
        const QPointF b = ring[(i + 1) % n] - o;
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2.0;
}

namespace {

// The polygon is kept as circular doubly linked lists of nodes (indices into `nodes`, never pointers:
// the vector grows when bridges and splits duplicate vertices). The outer ring turns positively
// (signedArea > 0), holes negatively, so that after bridging one list walks around the interior with
// it on the left: a vertex is convex when cross(prev, v, next) > 0.
struct Node {
    quint32 vertex = 0; // index of the input vertex (output)
    double x = 0.0;
    double y = 0.0;
    int prev = -1;
    int next = -1;
    int prevZ = -1; // neighbours in z-order (only while the list is indexed)
    int nextZ = -1;
    quint32 z = 0;
};

class EarClipper {
public:
    explicit EarClipper(QList<quint32>& out)
        : m_out(out)
    {
    }

    void run(const QList<QList<QPointF>>& rings)
    {
        qsizetype total = 0;
        for (const auto& ring : rings)
            total += ring.size();
        m_nodes.reserve(static_cast<size_t>(total + 4 * rings.size() + 16));

        // Local coordinates relative to the outer ring's box: differences of nearby vertices keep their
        // precision whatever the magnitude of the input.
        double minX = std::numeric_limits<double>::max(), minY = minX;
        double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
        for (const QPointF& p : rings.first()) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        m_originX = minX;
        m_originY = minY;
        const double extent = std::max(maxX - minX, maxY - minY);
        if (!(extent > 0.0))
            return;
        m_scale = 1.0 / extent;

        int outer = linkRing(rings.first(), 0, true);
        if (outer < 0 || next(outer) == prev(outer))
            return;
        quint32 offset = static_cast<quint32>(rings.first().size());
        if (rings.size() > 1) {
            std::vector<int> holes;
            for (qsizetype r = 1; r < rings.size(); ++r) {
                const int hole = linkRing(rings[r], offset, false);
                offset += static_cast<quint32>(rings[r].size());
                if (hole < 0 || next(hole) == prev(hole))
                    continue; // fewer than 3 distinct vertices: no area to take away
                holes.push_back(leftmost(hole));
            }
            std::sort(holes.begin(), holes.end(), [this](int a, int b) {
                return m_nodes[a].x < m_nodes[b].x || (m_nodes[a].x == m_nodes[b].x && m_nodes[a].y < m_nodes[b].y);
            });
            for (int hole : holes)
                outer = joinHole(hole, outer);
        }
        // z-order hashing pays for itself on larger rings; small ones scan the ring.
        m_hashed = total > 80;
        // The z curve works on a 15-bit grid over the unit box of the local coordinates.
        clip(outer, 0);
    }

private:
    int& next(int i) { return m_nodes[i].next; }
    int& prev(int i) { return m_nodes[i].prev; }
    const Node& at(int i) const { return m_nodes[i]; }

    static double cross(const Node& a, const Node& b, const Node& c)
    {
        return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    }
    double cross(int a, int b, int c) const { return cross(m_nodes[a], m_nodes[b], m_nodes[c]); }
    bool same(int a, int b) const { return m_nodes[a].x == m_nodes[b].x && m_nodes[a].y == m_nodes[b].y; }

    int insertAfter(quint32 vertex, double x, double y, int last)
    {
        Node n;
        n.vertex = vertex;
        n.x = x;
        n.y = y;
        m_nodes.push_back(n);
        const int id = static_cast<int>(m_nodes.size()) - 1;
        if (last < 0) {
            m_nodes[id].prev = m_nodes[id].next = id;
        } else {
            const int after = m_nodes[last].next;
            m_nodes[id].next = after;
            m_nodes[id].prev = last;
            m_nodes[after].prev = id;
            m_nodes[last].next = id;
        }
        return id;
    }

    void remove(int i)
    {
        const Node n = m_nodes[i];
        m_nodes[n.next].prev = n.prev;
        m_nodes[n.prev].next = n.next;
        if (n.prevZ >= 0)
            m_nodes[n.prevZ].nextZ = n.nextZ;
        if (n.nextZ >= 0)
            m_nodes[n.nextZ].prevZ = n.prevZ;
    }

    // Links a ring with the wanted orientation, dropping repeated consecutive vertices (the closing
    // one included). Returns the last node, or -1 for an empty ring.
    int linkRing(const QList<QPointF>& ring, quint32 offset, bool positive)
    {
        const qsizetype n = ring.size();
        if (n == 0)
            return -1;
        const bool forward = (signedArea(ring) > 0.0) == positive;
        int last = -1;
        for (qsizetype k = 0; k < n; ++k) {
            const qsizetype i = forward ? k : n - 1 - k;
            const double x = (ring[i].x() - m_originX) * m_scale;
            const double y = (ring[i].y() - m_originY) * m_scale;
            if (last >= 0 && m_nodes[last].x == x && m_nodes[last].y == y)
                continue;
            last = insertAfter(offset + static_cast<quint32>(i), x, y, last);
        }
        if (last >= 0 && m_nodes[last].next != last && same(last, m_nodes[last].next)) {
            const int first = m_nodes[last].next;
            remove(last);
            last = first == last ? -1 : m_nodes[first].prev;
        }
        return last;
    }

    // Removes repeated and collinear vertices between start and end (the whole ring by default).
    int filter(int start, int end = -1)
    {
        if (start < 0)
            return start;
        if (end < 0)
            end = start;
        int p = start;
        bool again;
        do {
            again = false;
            const int n = next(p);
            if (same(p, n) || cross(prev(p), p, n) == 0.0) {
                remove(p);
                p = end = prev(p);
                if (p == next(p))
                    break;
                again = true;
            } else {
                p = n;
            }
        } while (again || p != end);
        return end;
    }

    int leftmost(int start) const
    {
        int p = start, best = start;
        do {
            if (at(p).x < at(best).x || (at(p).x == at(best).x && at(p).y < at(best).y))
                best = p;
            p = at(p).next;
        } while (p != start);
        return best;
    }

    // Joins a diagonal a-b: splits one list into two, or merges two lists into one. The copies of a and
    // b start the second part; returns the copy of b.
    int split(int a, int b)
    {
        const Node na = m_nodes[a];
        const Node nb = m_nodes[b];
        const int a2 = insertAfter(na.vertex, na.x, na.y, -1);
        const int b2 = insertAfter(nb.vertex, nb.x, nb.y, -1);
        const int an = na.next;
        const int bp = nb.prev;
        next(a) = b;
        prev(b) = a;
        next(a2) = an;
        prev(an) = a2;
        next(b2) = a2;
        prev(a2) = b2;
        next(bp) = b2;
        prev(b2) = bp;
        return b2;
    }

    static bool inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px, double py)
    {
        const double d1 = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
        const double d2 = (cx - bx) * (py - by) - (cy - by) * (px - bx);
        const double d3 = (ax - cx) * (py - cy) - (ay - cy) * (px - cx);
        return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
    }
    bool inTriangle(int a, int b, int c, int p) const
    {
        return inTriangle(at(a).x, at(a).y, at(b).x, at(b).y, at(c).x, at(c).y, at(p).x, at(p).y);
    }

    // Whether the diagonal from a towards b starts inside the polygon (within a's interior angle).
    bool locallyInside(int a, int b) const
    {
        const int ap = at(a).prev, an = at(a).next;
        if (cross(ap, a, an) < 0) // reflex: inside unless within the outside wedge
            return cross(a, b, an) < 0 || cross(a, ap, b) < 0;
        return cross(a, an, b) >= 0 && cross(a, b, ap) >= 0;
    }

    static int sign(double v) { return (v > 0) - (v < 0); }
    static bool onSegment(const Node& p, const Node& q, const Node& r)
    {
        return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y)
            && q.y >= std::min(p.y, r.y);
    }
    bool intersects(int p1, int q1, int p2, int q2) const
    {
        const Node &a = at(p1), &b = at(q1), &c = at(p2), &d = at(q2);
        const int o1 = sign(cross(a, b, c)), o2 = sign(cross(a, b, d));
        const int o3 = sign(cross(c, d, a)), o4 = sign(cross(c, d, b));
        if (o1 != o2 && o3 != o4)
            return true;
        return (o1 == 0 && onSegment(a, c, b)) || (o2 == 0 && onSegment(a, d, b)) || (o3 == 0 && onSegment(c, a, d))
            || (o4 == 0 && onSegment(c, b, d));
    }

    bool crossesRing(int a, int b) const
    {
        int p = a;
        do {
            const int n = at(p).next;
            if (at(p).vertex != at(a).vertex && at(n).vertex != at(a).vertex && at(p).vertex != at(b).vertex
                && at(n).vertex != at(b).vertex && intersects(p, n, a, b))
                return true;
            p = n;
        } while (p != a);
        return false;
    }

    bool middleInside(int a, int b) const
    {
        const double mx = (at(a).x + at(b).x) / 2, my = (at(a).y + at(b).y) / 2;
        bool inside = false;
        int p = a;
        do {
            const Node& u = at(p);
            const Node& v = at(u.next);
            if ((u.y > my) != (v.y > my) && v.y != u.y && mx < (v.x - u.x) * (my - u.y) / (v.y - u.y) + u.x)
                inside = !inside;
            p = u.next;
        } while (p != a);
        return inside;
    }

    bool validDiagonal(int a, int b) const
    {
        return at(at(a).next).vertex != at(b).vertex && at(at(a).prev).vertex != at(b).vertex && !crossesRing(a, b)
            && locallyInside(a, b) && locallyInside(b, a) && middleInside(a, b);
    }

    // The outer vertex a hole's leftmost vertex h can be joined to without crossing an edge: cast a ray
    // west from h to the nearest edge whose inside faces it, take that edge's western end, then among
    // the reflex vertices in the triangle (h, hit, end) the one seen at the smallest angle from the ray.
    int holeBridge(int h, int outer) const
    {
        const double hx = at(h).x, hy = at(h).y;
        double qx = -std::numeric_limits<double>::infinity();
        int m = -1;
        int p = outer;
        do {
            const Node& u = at(p);
            const Node& v = at(u.next);
            if (hy <= u.y && hy >= v.y && v.y != u.y) {
                const double x = u.x + (hy - u.y) * (v.x - u.x) / (v.y - u.y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = u.x < v.x ? p : u.next;
                    if (x == hx)
                        return m; // the hole touches this edge
                }
            }
            p = u.next;
        } while (p != outer);
        if (m < 0)
            return -1;

        const int stop = m;
        const double mx = at(m).x, my = at(m).y;
        double best = std::numeric_limits<double>::infinity();
        p = m;
        do {
            const Node& u = at(p);
            if (hx >= u.x && u.x >= mx && hx != u.x && inTriangle(hx, hy, qx, hy, mx, my, u.x, u.y)) {
                const double tangent = std::abs(hy - u.y) / (hx - u.x);
                if (locallyInside(p, h) && (tangent < best || (tangent == best && u.x > at(m).x))) {
                    m = p;
                    best = tangent;
                }
            }
            p = u.next;
        } while (p != stop);
        return m;
    }

    int joinHole(int hole, int outer)
    {
        const int bridge = holeBridge(hole, outer);
        if (bridge < 0)
            return outer;
        const int reverse = split(bridge, hole);
        filter(reverse, next(reverse));
        return filter(bridge, next(bridge));
    }

    quint32 zOrder(double x, double y) const
    {
        auto spread = [](quint32 v) {
            v = (v | (v << 8)) & 0x00FF00FFu;
            v = (v | (v << 4)) & 0x0F0F0F0Fu;
            v = (v | (v << 2)) & 0x33333333u;
            v = (v | (v << 1)) & 0x55555555u;
            return v;
        };
        const auto cell = [](double v) { return static_cast<quint32>(std::clamp(v, 0.0, 1.0) * 32767.0); };
        return spread(cell(x)) | (spread(cell(y)) << 1);
    }

    void indexCurve(int start)
    {
        std::vector<int> ring;
        int p = start;
        do {
            m_nodes[p].z = zOrder(at(p).x, at(p).y);
            ring.push_back(p);
            p = at(p).next;
        } while (p != start);
        std::sort(ring.begin(), ring.end(), [this](int a, int b) { return at(a).z < at(b).z; });
        for (size_t i = 0; i < ring.size(); ++i) {
            m_nodes[ring[i]].prevZ = i > 0 ? ring[i - 1] : -1;
            m_nodes[ring[i]].nextZ = i + 1 < ring.size() ? ring[i + 1] : -1;
        }
    }

    // Whether the vertex can be cut off: convex, and no reflex (or flat) vertex lies in the triangle.
    bool isEar(int ear) const
    {
        const int a = at(ear).prev, c = at(ear).next;
        if (cross(a, ear, c) <= 0)
            return false;
        auto blocks = [&](int p) {
            return p != a && p != ear && p != c && inTriangle(a, ear, c, p) && cross(at(p).prev, p, at(p).next) <= 0;
        };
        if (!m_hashed) {
            for (int p = at(c).next; p != a; p = at(p).next) {
                if (blocks(p))
                    return false;
            }
            return true;
        }
        const Node &na = at(a), &nb = at(ear), &nc = at(c);
        const quint32 minZ = zOrder(std::min({na.x, nb.x, nc.x}), std::min({na.y, nb.y, nc.y}));
        const quint32 maxZ = zOrder(std::max({na.x, nb.x, nc.x}), std::max({na.y, nb.y, nc.y}));
        for (int p = nb.prevZ; p >= 0 && at(p).z >= minZ; p = at(p).prevZ) {
            if (blocks(p))
                return false;
        }
        for (int p = nb.nextZ; p >= 0 && at(p).z <= maxZ; p = at(p).nextZ) {
            if (blocks(p))
                return false;
        }
        return true;
    }

    void addTriangle(int a, int b, int c)
    {
        m_out.append(at(a).vertex);
        m_out.append(at(b).vertex);
        m_out.append(at(c).vertex);
    }

    // Cuts off a-p-n-b crossings (a ring that crosses itself locally) as triangles a-p-b.
    int cureLocalCrossings(int start)
    {
        int p = start;
        do {
            const int a = prev(p), b = next(next(p));
            if (!same(a, b) && intersects(a, p, next(p), b) && locallyInside(a, b) && locallyInside(b, a)) {
                addTriangle(a, p, b);
                remove(next(p));
                remove(p);
                p = start = b;
            }
            p = next(p);
        } while (p != start);
        return filter(p);
    }

    // Last resort: cut the polygon along a valid diagonal and clip both halves.
    void splitAndClip(int start)
    {
        int a = start;
        do {
            int b = next(next(a));
            while (b != prev(a)) {
                if (at(a).vertex != at(b).vertex && validDiagonal(a, b)) {
                    int c = split(a, b);
                    a = filter(a, next(a));
                    c = filter(c, next(c));
                    clip(a, 0);
                    clip(c, 0);
                    return;
                }
                b = next(b);
            }
            a = next(a);
        } while (a != start);
    }

    // Pass 0 clips ears as they are; when none is left, pass 1 drops flat vertices, pass 2 cures local
    // self-crossings, pass 3 splits the rest in two.
    void clip(int ear, int pass)
    {
        if (ear < 0)
            return;
        if (pass == 0 && m_hashed)
            indexCurve(ear);
        int stop = ear;
        while (prev(ear) != next(ear)) {
            const int p = prev(ear), n = next(ear);
            if (isEar(ear)) {
                addTriangle(p, ear, n);
                remove(ear);
                // Skipping one vertex avoids fans of slivers.
                ear = stop = next(n);
                continue;
            }
            ear = n;
            if (ear == stop) {
                if (pass == 0)
                    clip(filter(ear), 1);
                else if (pass == 1)
                    clip(cureLocalCrossings(filter(ear)), 2);
                else if (pass == 2)
                    splitAndClip(ear);
                break;
            }
        }
    }

    QList<quint32>& m_out;
    std::vector<Node> m_nodes;
    double m_originX = 0.0;
    double m_originY = 0.0;
    double m_scale = 1.0;
    bool m_hashed = false;
};

} // namespace

QList<quint32> triangulate(const QList<QList<QPointF>>& rings)
{
    QList<quint32> out;
    if (rings.isEmpty() || rings.first().size() < 3)
        return out;
    qsizetype total = 0;
    for (const auto& ring : rings)
        total += ring.size();
    out.reserve(3 * (total + 2 * rings.size()));
    EarClipper(out).run(rings);
    return out;
}

} // namespace ioc::triangulation
