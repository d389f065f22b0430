// SPDX-License-Identifier: GPL-3.0-or-later
#include "video/walllayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ioc {

namespace {

struct WallLayoutText {
    Q_DECLARE_TR_FUNCTIONS(WallLayoutText)
};

struct Preset {
    const char* name;
    const char* spec;
};

constexpr Preset kPresets[] = {
    {"1", "1x1"}, {"2x2", "2x2"}, {"3x3", "3x3"}, {"4x4", "4x4"}, {"1+5", "3x3:0,0,2,2"}, {"1+7", "4x4:0,0,3,3"},
};

} // namespace

WallLayout::WallLayout() : m_name(QStringLiteral("1")), m_tiles{Tile{}} {}

QStringList WallLayout::presetNames()
{
    QStringList names;
    for (const Preset& preset : kPresets)
        names.append(QString::fromLatin1(preset.name));
    return names;
}

Result<WallLayout> WallLayout::fromSpec(const QString& specText)
{
    const QString spec = specText.trimmed();
    for (const Preset& preset : kPresets) {
        if (spec == QLatin1String(preset.name)) {
            Result<WallLayout> layout = parseGrid(QString::fromLatin1(preset.spec));
            if (!layout)
                return layout;
            WallLayout named = std::move(layout).value();
            named.m_name = spec;
            return named;
        }
    }
    return parseGrid(spec);
}

Result<WallLayout> WallLayout::parseGrid(const QString& spec)
{
    static const QRegularExpression grid(QStringLiteral("^(\\d+)\\s*[x×]\\s*(\\d+)(?::(.*))?$"));
    const QRegularExpressionMatch match = grid.match(spec);
    if (!match.hasMatch())
        return fail(WallLayoutText::tr("The layout '%1' is neither a preset (%2) nor a grid such as '2x3' or "
                                       "'3x3:0,0,2,2'.")
                        .arg(spec, presetNames().join(QStringLiteral(", "))));
    const int rows = match.captured(1).toInt();
    const int columns = match.captured(2).toInt();
    QList<Tile> blocks;
    const QString blockText = match.captured(3).trimmed();
    if (!blockText.isEmpty()) {
        for (const QString& part : blockText.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList numbers = part.split(QLatin1Char(','));
            bool ok = numbers.size() == 4;
            int value[4] = {};
            for (int i = 0; ok && i < 4; ++i)
                value[i] = numbers.at(i).trimmed().toInt(&ok);
            if (!ok)
                return fail(WallLayoutText::tr("The layout '%1': the tile '%2' must be four numbers: row, column, "
                                               "rows spanned, columns spanned.")
                                .arg(spec, part.trimmed()));
            blocks.append(Tile{value[0], value[1], value[2], value[3]});
        }
    }
    Result<WallLayout> layout = custom(rows, columns, blocks);
    if (!layout)
        return fail(WallLayoutText::tr("The layout '%1': %2").arg(spec, layout.errorMessage()));
    return layout;
}

Result<WallLayout> WallLayout::custom(int rows, int columns, const QList<Tile>& blocks)
{
    if (rows < 1 || columns < 1 || rows > kMaxCells || columns > kMaxCells)
        return fail(WallLayoutText::tr("a grid has 1 to %1 rows and columns, not %2 × %3.")
                        .arg(kMaxCells)
                        .arg(rows)
                        .arg(columns));
    QList<int> owner(rows * columns, -1);
    for (int b = 0; b < blocks.size(); ++b) {
        const Tile& block = blocks.at(b);
        if (block.rowSpan < 1 || block.columnSpan < 1)
            return fail(WallLayoutText::tr("the tile at row %1, column %2 spans no cell.").arg(block.row).arg(block.column));
        if (block.row < 0 || block.column < 0 || block.row + block.rowSpan > rows
            || block.column + block.columnSpan > columns)
            return fail(WallLayoutText::tr("the tile at row %1, column %2 (%3 × %4 cells) does not fit in the %5 × %6 grid.")
                            .arg(block.row)
                            .arg(block.column)
                            .arg(block.rowSpan)
                            .arg(block.columnSpan)
                            .arg(rows)
                            .arg(columns));
        for (int r = block.row; r < block.row + block.rowSpan; ++r) {
            for (int c = block.column; c < block.column + block.columnSpan; ++c) {
                if (owner[r * columns + c] >= 0)
                    return fail(WallLayoutText::tr("two tiles overlap at row %1, column %2.").arg(r).arg(c));
                owner[r * columns + c] = b;
            }
        }
    }
    WallLayout layout;
    layout.m_rows = rows;
    layout.m_columns = columns;
    layout.m_tiles.clear();
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const int b = owner[r * columns + c];
            if (b < 0)
                layout.m_tiles.append(Tile{r, c, 1, 1});
            else if (blocks.at(b).row == r && blocks.at(b).column == c)
                layout.m_tiles.append(blocks.at(b));
        }
    }
    layout.m_name = layout.spec();
    return layout;
}

QString WallLayout::spec() const
{
    QString text = QStringLiteral("%1x%2").arg(m_rows).arg(m_columns);
    QStringList blocks;
    for (const Tile& tile : m_tiles) {
        if (tile.rowSpan > 1 || tile.columnSpan > 1)
            blocks.append(QStringLiteral("%1,%2,%3,%4").arg(tile.row).arg(tile.column).arg(tile.rowSpan).arg(tile.columnSpan));
    }
    if (!blocks.isEmpty())
        text += QLatin1Char(':') + blocks.join(QLatin1Char(';'));
    return text;
}

QRectF WallLayout::tileRect(int index) const
{
    if (index < 0 || index >= m_tiles.size())
        return {};
    const Tile& tile = m_tiles.at(index);
    return QRectF(double(tile.column) / m_columns, double(tile.row) / m_rows, double(tile.columnSpan) / m_columns,
                  double(tile.rowSpan) / m_rows);
}

QList<QRectF> WallLayout::tileRects() const
{
    QList<QRectF> rects;
    for (int i = 0; i < m_tiles.size(); ++i)
        rects.append(tileRect(i));
    return rects;
}

int WallLayout::mainTile() const
{
    int best = 0;
    for (int i = 1; i < m_tiles.size(); ++i) {
        const Tile& tile = m_tiles.at(i);
        const Tile& current = m_tiles.at(best);
        if (tile.rowSpan * tile.columnSpan > current.rowSpan * current.columnSpan)
            best = i;
    }
    return best;
}

} // namespace ioc
