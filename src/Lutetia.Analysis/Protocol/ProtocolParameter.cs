using System.Text.Json;

namespace Lutetia.Analysis;

/// <summary>
/// One overridable parameter of a protocol file: its snake_case key (as results.json echoes it),
/// what it means, how to read it from the parameters, and how to set it from a JSON value.
/// </summary>
/// <param name="Key">The key in the protocol file and in results.json's <c>parameters</c>.</param>
/// <param name="Meaning">One line for the user: what it is, its unit.</param>
/// <param name="Get">The value in the parameters (a number, a string, or an array of them).</param>
/// <param name="Set">A copy of the parameters with the value read from JSON; throws <see cref="FormatException"/> with a message saying what is expected.</param>
public sealed record ProtocolParameter(
    string Key,
    string Meaning,
    Func<MesenLuthParameters, object> Get,
    Func<MesenLuthParameters, JsonElement, MesenLuthParameters> Set);
