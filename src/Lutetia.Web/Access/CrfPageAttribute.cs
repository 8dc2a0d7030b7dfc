namespace Lutetia.Web.Access;

/// <summary>
/// Marks a page or endpoint with its section; <see cref="PatientAccessMiddleware"/> checks the
/// role and, when the route names a patient, the centre, before anything is rendered.
/// A GET reads; any other method writes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CrfPageAttribute(CrfSection section) : Attribute
{
    public CrfSection Section { get; } = section;
}
