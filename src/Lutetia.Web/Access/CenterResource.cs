namespace Lutetia.Web.Access;

/// <summary>The resource an authorization decision is about: a centre's data (a patient's centre, or the centre exported).</summary>
public sealed record CenterResource(string CenterId);
