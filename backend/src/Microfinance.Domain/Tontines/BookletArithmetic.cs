namespace Microfinance.Domain.Tontines;

/// <summary>
/// Where cells fall in a booklet of cycles of <c>L</c> cells. Cells are numbered 1, 2, 3… across cycles; cell <c>c</c> is in
/// cycle <c>ceil(c / L)</c>, and the first cell of every cycle is the commission. So after <c>k</c> cells the commission
/// cells number <c>ceil(k / L)</c>, however the <c>k</c> cells were split into contributions (docs/tontines.md).
/// </summary>
public static class BookletArithmetic
{
    /// <summary>How many of cells 1…<paramref name="cells"/> are commission cells.</summary>
    public static int CommissionCells(long cells, int cycleLengthDays) => (int)((cells + cycleLengthDays - 1) / cycleLengthDays);

    public static int CycleOf(long cell, int cycleLengthDays) => (int)((cell - 1) / cycleLengthDays) + 1;

    /// <summary>The cell's place in its cycle, 1…L.</summary>
    public static int PlaceInCycle(long cell, int cycleLengthDays) => (int)((cell - 1) % cycleLengthDays) + 1;

    public static BookletCellKind KindOf(long cell, int cycleLengthDays) =>
        PlaceInCycle(cell, cycleLengthDays) == 1 ? BookletCellKind.Commission : BookletCellKind.Saving;

    /// <summary>The first and last cell numbers of a cycle.</summary>
    public static (long First, long Last) CellsOf(int cycle, int cycleLengthDays) =>
        ((long)(cycle - 1) * cycleLengthDays + 1, (long)cycle * cycleLengthDays);
}
