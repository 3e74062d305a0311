using Microfinance.Domain.Clients;

namespace Microfinance.Application.Clients;

/// <summary>Turns validated fields into domain details, with the ID document's keyed hash.</summary>
public sealed class ClientDetailsFactory(IIdDocumentProtector protector)
{
    public ClientDetails Create(IClientFields f)
    {
        var document = f.IdDocumentType is { } type && !string.IsNullOrWhiteSpace(f.IdDocumentNumber)
            ? new IdDocument(type, f.IdDocumentNumber.Trim().ToUpperInvariant(), protector.Hash(f.IdDocumentNumber))
            : null;
        return new ClientDetails(f.FirstName, f.LastName, f.Gender, f.DateOfBirth, f.Phone, f.Email, f.Address, f.City, f.Occupation, document);
    }
}
