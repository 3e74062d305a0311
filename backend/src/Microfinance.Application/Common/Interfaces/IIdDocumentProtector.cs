

namespace Microfinance.Application.Common.Interfaces;

/// <summary>
/// ID document numbers are encrypted at rest (transparently, by the persistence layer); this gives the keyed hash
/// that makes them unique per institution and searchable without decrypting.
/// </summary>
public interface IIdDocumentProtector
{
    /// <summary>Spaces, dashes and case do not matter: "ci 123-456" and "CI123456" hash alike.</summary>
    string Hash(string idDocumentNumber);
}
