using Lutetia.Domain;

namespace Lutetia.Twin;

/// <summary>Somatostatin-receptor imaging before and after PRRT: none, SRS or 68Ga PET; responder of the non-MM disease or not.</summary>
internal sealed record ReceptorImagingPlan(Modality? Modality, bool NonMmResponds);
