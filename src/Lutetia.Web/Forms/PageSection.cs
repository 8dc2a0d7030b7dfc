namespace Lutetia.Web.Forms;

/// <summary>One table of a patient's page: the form, its heading, and whether its one row is laid out as fields (else a grid of rows).</summary>
public sealed record PageSection(CrfForm Form, string Title, bool Vertical = false);
