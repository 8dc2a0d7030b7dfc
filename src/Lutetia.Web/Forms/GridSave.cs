namespace Lutetia.Web.Forms;

/// <summary>What a save of the lesion grid did, and the message for the person who saved (null when saved).</summary>
public sealed record GridSave(GridSaveOutcome Outcome, string? Problem)
{
    public static readonly GridSave Saved = new(GridSaveOutcome.Saved, null);
}
