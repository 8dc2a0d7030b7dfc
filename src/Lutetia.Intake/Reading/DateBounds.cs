namespace Lutetia.Intake;

/// <summary>
/// cohort-format.md, cross-file rules: no date in the future; birth_date not before 1900-01-01 and
/// every other date not before 1990-01-01.
/// </summary>
public sealed record DateBounds(DateOnly Today)
{
    public static readonly DateOnly EarliestBirth = new(1900, 1, 1);
    public static readonly DateOnly EarliestOther = new(1990, 1, 1);

    public FieldIssue? Check(string column, DateOnly date)
    {
        if (date > Today)
            return new FieldIssue("date_range", $"the date is in the future (today is {Today:yyyy-MM-dd})",
                "check the year, month and day; a cohort records what has happened");
        var earliest = column == "birth_date" ? EarliestBirth : EarliestOther;
        if (date < earliest)
            return new FieldIssue("date_range", $"{column} is before {earliest:yyyy-MM-dd}",
                "check the year; dates of a PRRT cohort are not that old");
        return null;
    }
}
