namespace Lutetia.Web.Access;

/// <summary>
/// Marks a page or endpoint with its section; <see cref="PatientAccessMiddleware"/> checks the
/// role and, when the route names a patient, the centre, before anything is rendered.
/// A GET reads, any other method writes; a page that only serves to write (a new patient's form)
/// asks for <see cref="CrfAccess.Write"/> even to be shown.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CrfPageAttribute(CrfSection section, CrfAccess least = CrfAccess.Read) : Attribute
{
    public CrfSection Section { get; } = section;

    public CrfAccess Least { get; } = least;
}
