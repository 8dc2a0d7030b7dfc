namespace Lutetia.Web.Forms;

/// <summary>What a save of the lesion grid did, and the message for the person who saved (null when saved).</summary>
public sealed record GridSave(GridSaveOutcome Outcome, string? Problem)
{
    public static readonly GridSave Saved = new(GridSaveOutcome.Saved, null);

    /// <summary>
    /// How <see cref="Lutetia.Workflow.Imaging.SaveLesionGrid"/> answered, as the grid and its endpoint tell it: cells refused,
    /// a reason missing (or refused), someone else's change, or anything else refused (a locked record,
    /// the database, the account) with its message.
    /// </summary>
    public static GridSave Of(Result result) => result.Refusal switch
    {
        null => Saved,
        { Kind: RefusalKind.Conflict, KeyTaken: false } r => new(GridSaveOutcome.Conflict, r.Message),
        { Kind: RefusalKind.Invalid } r when r.Fields.Any(f => f.Field == "reason") => new(GridSaveOutcome.ReasonRequired, r.Message),
        { Kind: RefusalKind.Invalid } r when r.Fields.Count > 0 => new(GridSaveOutcome.InvalidCells, r.Message),
        { Kind: RefusalKind.Invalid or RefusalKind.Locked or RefusalKind.Conflict } r => new(GridSaveOutcome.Refused, r.Message),
        var r => new(GridSaveOutcome.Refused, r.Sentence),
    };
}
