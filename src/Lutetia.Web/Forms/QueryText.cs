using Lutetia.Domain;
using Lutetia.Storage;
using Lutetia.Storage.Workflow;
using Lutetia.Workflow.Queries;

namespace Lutetia.Web.Forms;

/// <summary>The words the query pages use for a query's status and steps, and which steps a role may take from a status (docs/workflow.md).</summary>
public static class QueryText
{
    public static string Status(QueryStatus status) => status switch
    {
        QueryStatus.Open => "open",
        QueryStatus.Answered => "answered",
        QueryStatus.ResolutionProposed => "resolution proposed",
        _ => "closed",
    };

    public static string Action(QueryAction action) => action switch
    {
        QueryAction.Raise => "raised",
        QueryAction.Answer => "answered",
        QueryAction.ProposeResolution => "proposed a resolution",
        QueryAction.Close => "closed",
        _ => "re-opened",
    };

    public static string Button(QueryAction action) => action switch
    {
        QueryAction.Answer => "Answer",
        QueryAction.ProposeResolution => "Propose resolution",
        QueryAction.Close => "Close",
        _ => "Re-open",
    };

    /// <summary>A table of the format in words: <c>prrt_cycles</c> → "prrt cycles".</summary>
    public static string Table(string table) => table.Replace('_', ' ');

    /// <summary>A queried field's value as stored now, in words when there is none to show.</summary>
    public static string Value(QueriedField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field switch
        {
            { Hidden: true } => "hidden from you (blinded read)",
            { Row: null } => "the record was deleted",
            { Value: null or "" } => "empty",
            _ => field.Value,
        };
    }

    public static string Code(QueryAction action) => Codes<QueryAction>.ToCode(action);

    /// <summary>A step posted by a button; raising is not a step of an existing query.</summary>
    public static bool TryParse(string text, out QueryAction action) =>
        Codes<QueryAction>.TryParse(text, out action) && action != QueryAction.Raise;

    /// <summary>The steps <paramref name="role"/> may take on a query that is <paramref name="status"/>.</summary>
    public static IReadOnlyList<QueryAction> Actions(LutetiaRole role, QueryStatus status) => role switch
    {
        LutetiaRole.Investigator when status == QueryStatus.Open => [QueryAction.Answer],
        LutetiaRole.Coordinator or LutetiaRole.Reviewer => status switch
        {
            QueryStatus.Open => [QueryAction.Close],
            QueryStatus.Answered => [QueryAction.Close, QueryAction.ProposeResolution, QueryAction.Reopen],
            QueryStatus.ResolutionProposed => [QueryAction.Close, QueryAction.Reopen],
            _ => [],
        },
        _ => [],
    };
}
