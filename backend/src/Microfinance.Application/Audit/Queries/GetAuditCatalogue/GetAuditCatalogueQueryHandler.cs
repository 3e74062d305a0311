using System.Globalization;

namespace Microfinance.Application.Audit.Queries.GetAuditCatalogue;

public sealed class GetAuditCatalogueQueryHandler : IRequestHandler<GetAuditCatalogueQuery, AuditCatalogueDto>
{
    public Task<AuditCatalogueDto> Handle(GetAuditCatalogueQuery q, CancellationToken cancellationToken)
    {
        var byLabel = StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true);
        return Task.FromResult(new AuditCatalogueDto
        {
            Actions = AuditCatalogue.ActionCodes
                .Select(code => new AuditActionDto { Code = code, Label = AuditCatalogue.ActionLabel(code), IsSignIn = AuditCatalogue.IsSignIn(code) })
                .OrderBy(a => a.Label, byLabel).ToList(),
            EntityTypes = AuditCatalogue.EntityTypes
                .Select(type => new AuditEntityTypeDto { Code = type, Label = AuditCatalogue.EntityTypeLabel(type)! })
                .OrderBy(t => t.Label, byLabel).ToList(),
        });
    }
}
