using Microsoft.AspNetCore.Authorization;

namespace Lutetia.Web.Access;

/// <summary>An authorization requirement: this section, to read or to write. The resource is the patient's centre (null when none is concerned).</summary>
public sealed record CrfRequirement(CrfSection Section, CrfAccess Access) : IAuthorizationRequirement;
