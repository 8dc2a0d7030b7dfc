using Lutetia.Domain;

namespace Lutetia.Analysis;

/// <summary>
/// The safety windows (mesenluth-protocol.md, "Safety"): during PRRT from the first dose to 91
/// days after the last dose inclusive; long term from 183 days after the last dose; between them,
/// their own row so that none is lost.
/// </summary>
internal static class Safety
{
    public static IEnumerable<Complication> During(PatientEndpoints p) =>
        Window(p, (first, last, c) => c.Date >= first && c.Date.DayNumber - last.DayNumber <= p.Parameters.DuringPrrtDays);

    public static IEnumerable<Complication> Between(PatientEndpoints p) =>
        Window(p, (first, last, c) => c.Date.DayNumber - last.DayNumber > p.Parameters.DuringPrrtDays
                                      && c.Date.DayNumber - last.DayNumber < p.Parameters.LongTermDays);

    public static IEnumerable<Complication> LongTerm(PatientEndpoints p) =>
        Window(p, (first, last, c) => c.Date.DayNumber - last.DayNumber >= p.Parameters.LongTermDays);

    private static IEnumerable<Complication> Window(PatientEndpoints p, Func<DateOnly, DateOnly, Complication, bool> inWindow)
    {
        var first = p.Record.FirstDose!.Value;
        var last = p.Record.LastDose!.Value;
        return p.Record.Complications.Where(c => inWindow(first, last, c));
    }
}
