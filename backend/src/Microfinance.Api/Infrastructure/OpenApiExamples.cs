using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Microfinance.Api.Infrastructure;

/// <summary>Builds a JSON example that is valid against a schema, with values chosen by property name.</summary>
public static class OpenApiExamples
{
    private const int MaxDepth = 4;
    private const string Today = "2026-03-16";

    /// <summary>Values for one property of one schema, where the name alone is not enough ("code", "name", "reason").</summary>
    private static readonly Dictionary<string, Func<JsonNode?>> ByOwner = new()
    {
        ["CreateGlAccountCommand.code"] = () => "571100",
        ["CreateGlAccountCommand.name"] = () => "Caisse agence Porto-Novo",
        ["CreateGlAccountCommand.type"] = () => "Asset",
        ["RenameGlAccountCommand.name"] = () => "Caisse principale agence Porto-Novo",
        ["CreateDepositProductCommand.code"] = () => "EPARGNE-PLUS",
        ["CreateDepositProductCommand.name"] = () => "Épargne Plus",
        ["UpdateDepositProductCommand.name"] = () => "Épargne Plus",
        ["CreateLoanProductCommand.code"] = () => "AGR-12",
        ["CreateLoanProductCommand.name"] = () => "Crédit activité génératrice de revenus",
        ["UpdateLoanProductCommand.name"] = () => "Crédit activité génératrice de revenus",
        ["CreateBranchCommand.code"] = () => "PNV",
        ["CreateBranchCommand.name"] = () => "Agence Porto-Novo",
        ["UpdateBranchCommand.name"] = () => "Agence Porto-Novo Ouando",
        ["CreateInstitutionCommand.code"] = () => "ESPOIR",
        ["CreateInstitutionCommand.name"] = () => "Coopérative Espoir",
        ["ReverseTransactionCommand.reason"] = () => "Erreur de saisie : le dépôt a été passé sur le mauvais compte",
        ["ReverseLoanRepaymentCommand.reason"] = () => "Versement saisi sur le prêt d'un autre client",
        ["RejectWithdrawalCommand.reason"] = () => "Signature du client non conforme au spécimen",
        ["RejectLoanApplicationCommand.reason"] = () => "Capacité de remboursement insuffisante",
        ["ReturnLoanApplicationCommand.reason"] = () => "Joindre la facture pro forma du fournisseur",
        ["CancelLoanApplicationCommand.reason"] = () => "Le client renonce à son projet",
        ["WriteOffLoanCommand.reason"] = () => "Irrécouvrable après 180 jours de retard et mise en jeu de la caution",
        ["WithdrawCommand.amount"] = () => 25000,
        // A balanced entry: the month's rent paid from the bank (an example the API accepts).
        ["CreateManualEntryCommand.description"] = () => "Loyer de l'agence de Porto-Novo, mars",
        ["CreateManualEntryCommand.reference"] = () => "BAIL-PNV-2026-03",
        ["CreateManualEntryCommand.attachmentName"] = () => "quittance-loyer-mars.pdf",
        ["CreateManualEntryCommand.lines"] = () => new JsonArray(
            new JsonObject { ["glAccountId"] = "0196f0a0-7c1e-7a55-9e0b-3c2d1e0f6a11", ["debit"] = 150000, ["credit"] = 0, ["label"] = "Loyer de mars" },
            new JsonObject { ["glAccountId"] = "0196f0a0-7c1e-7a55-9e0b-3c2d1e0f6a22", ["debit"] = 0, ["credit"] = 150000, ["label"] = "Virement au bailleur" }),
        ["RejectManualEntryCommand.reason"] = () => "Pièce justificative manquante : joindre la quittance",
        ["ReverseManualEntryCommand.reason"] = () => "Écriture passée deux fois pour la même facture",
        ["ReopenAccountingPeriodCommand.reason"] = () => "Facture du fournisseur d'électricité reçue après la clôture",
        ["TransferCommand.amount"] = () => 15000,
        ["RepayLoanCommand.amount"] = () => 45000,
        ["DepositCommand.reference"] = () => "BORD-2026-000123",
        ["WithdrawCommand.reference"] = () => "RET-2026-000456",
        ["TransferCommand.reference"] = () => "Épargne vers compte courant",
        ["RepayLoanCommand.reference"] = () => "MM-OM-7Q2K9D41",
        ["CreateLoanApplicationCommand.amount"] = () => 300000,
        ["ReviewLoanApplicationCommand.amount"] = () => 250000,
        ["CreateDepositProductCommand.annualInterestRatePercent"] = () => 3.5m,
        ["UpdateDepositProductCommand.annualInterestRatePercent"] = () => 3.5m,
        // No GL accounts named: the institution's usual mappings apply.
        ["CreateDepositProductCommand.depositsGlAccountId"] = () => null,
        ["CreateDepositProductCommand.feeIncomeGlAccountId"] = () => null,
        ["CreateDepositProductCommand.interestExpenseGlAccountId"] = () => null,
        ["UpdateDepositProductCommand.depositsGlAccountId"] = () => null,
        ["UpdateDepositProductCommand.feeIncomeGlAccountId"] = () => null,
        ["UpdateDepositProductCommand.interestExpenseGlAccountId"] = () => null,
        ["CreateClientCommand.email"] = () => "aminata.diallo@example.org",
        ["CreatePaymentCommand.provider"] = () => "sandbox",
        ["CreatePaymentCommand.amount"] = () => 5000,
        ["CreatePaymentProviderCommand.code"] = () => "kkiapay-cotonou",
        ["CreatePaymentProviderCommand.name"] = () => "KKiaPay — agence Cotonou",
        ["CreatePaymentProviderCommand.kind"] = () => "Kkiapay",
        ["ResolvePaymentCommand.reason"] = () => "Le client confirme avoir envoyé 4 900 F ; écart de frais de l'opérateur",
        ["ResolveOrphanPaymentCommand.reason"] = () => "Payeur identifié par son numéro : dépôt sur son compte d'épargne",
        ["SandboxWebhookBody.event"] = () => "payment.succeeded",
        ["SandboxWebhookBody.providerTransactionId"] = () => "SBX-0193a7c2b1d04e6f9a8b7c6d5e4f3a21",
        ["SandboxWebhookBody.reference"] = () => "0193a7c2-b1d0-7e6f-9a8b-7c6d5e4f3a21",
        ["SandboxWebhookBody.amount"] = () => 5000,
        ["SandboxWebhookBody.currency"] = () => "XOF",
        ["UpdateClientCommand.email"] = () => "aminata.diallo@example.org",
        ["WriteMonthlySummaryQuery.month"] = () => "2026-02",
        ["AskAssistantQuery.question"] = () => "Pourquoi le PAR30 a-t-il augmenté en mars ?",
        ["AskAssistantQuery.month"] = () => "2026-03",
    };

    private static readonly Dictionary<string, string> Strings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["username"] = "a.houngbo",
        ["adminUsername"] = "espoir.admin",
        ["displayName"] = "Adjoua Houngbo",
        ["adminDisplayName"] = "Salif Ouédraogo",
        ["firstName"] = "Aminata",
        ["lastName"] = "Diallo",
        ["email"] = "a.houngbo@example.org",
        ["adminEmail"] = "salif.ouedraogo@example.org",
        ["phone"] = "+22997000000",
        ["phoneNumber"] = "+22997000000",
        ["password"] = "Changez#2026",
        ["newPassword"] = "Changez#2026",
        ["adminPassword"] = "Changez#2026",
        ["role"] = "Agent",
        ["address"] = "Quartier Cadjèhoun, rue 12.145",
        ["city"] = "Cotonou",
        ["occupation"] = "Commerçante en pagnes",
        ["idDocumentNumber"] = "CI0045871236",
        ["purpose"] = "Achat de stock pour un commerce de pagnes au marché Dantokpa",
        ["guarantee"] = "Caution solidaire du groupement Femmes Unies",
        ["reason"] = "Demande du client",
        ["reference"] = "REF-2026-000123",
        ["currencyCode"] = "XOF",
        ["timeZone"] = "Africa/Porto-Novo",
        ["refreshToken"] = "q0JbV0p1m3Yb0gq9Qy1S2bA7uYtq9s4qJm6d8mXr2aE",
        ["name"] = "Agence Porto-Novo",
        ["code"] = "PNV",
    };

    /// <summary>Numbers by name: amounts in whole XOF francs, rates in percent, counts.</summary>
    private static readonly Dictionary<string, decimal> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amount"] = 50000,
        ["principal"] = 500000,
        ["minAmount"] = 50000,
        ["maxAmount"] = 2000000,
        ["minimumBalance"] = 5000,
        ["openingFee"] = 1000,
        ["withdrawalApprovalThreshold"] = 500000,
        ["guaranteeRequiredAbove"] = 1000000,
        ["annualInterestRatePercent"] = 18,
        ["minRatePercent"] = 12,
        ["maxRatePercent"] = 24,
        ["processingFeePercent"] = 2,
        ["penaltyValue"] = 0.1m,
        ["maxAmountToSavingsRatio"] = 3,
        ["numberOfInstallments"] = 12,
        ["minInstallments"] = 3,
        ["maxInstallments"] = 24,
        ["gracePeriods"] = 1,
        ["maxGracePeriods"] = 2,
        ["minSavingsAgeDays"] = 90,
    };

    private static readonly Dictionary<string, string> Dates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dateOfBirth"] = "1988-04-12",
    };

    /// <summary>The enum value an integrator most likely wants, when it is not the first one.</summary>
    private static readonly Dictionary<string, string> PreferredEnumValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["penaltyKind"] = "DailyRateOnOverdue",
        ["interestMethod"] = "DecliningBalance",
        ["idDocumentType"] = "NationalIdCard",
        ["frequency"] = "Monthly",
        ["channel"] = "Cash",
        ["mode"] = "ToSavingsAccount",
    };

    private static readonly Dictionary<string, bool> Booleans = new(StringComparer.OrdinalIgnoreCase)
    {
        ["allowsSingleStepOpening"] = false,
    };

    public static JsonNode? Build(string schemaId, IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components) =>
        Value(schemaId, "", schema, components, 0);

    private static JsonNode? Value(string owner, string name, IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> components, int depth)
    {
        if (ByOwner.TryGetValue($"{owner}.{name}", out var specific)) return specific();
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id && components.TryGetValue(id, out var target))
        {
            if (target.Examples is { Count: > 0 } examples) return examples[0]?.DeepClone();
            return Value(id, name, target, components, depth);
        }
        if (schema.Enum is { Count: > 0 } values)
            return (PreferredEnumValues.TryGetValue(name, out var preferred) ? values.FirstOrDefault(v => IsString(v, preferred)) : null)?.DeepClone()
                   ?? values[0]?.DeepClone();
        if (schema.AllOf is { Count: > 0 } allOf) return Value(owner, name, allOf[0], components, depth);
        if (schema.OneOf is { Count: > 0 } oneOf) return Value(owner, name, oneOf[0], components, depth);
        if (schema.AnyOf is { Count: > 0 } anyOf) return Value(owner, name, anyOf[0], components, depth);

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type.HasFlag(JsonSchemaType.Object) || (type == 0 && schema.Properties is { Count: > 0 }))
        {
            var result = new JsonObject();
            if (depth >= MaxDepth) return result;
            foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                result[property] = Value(owner, property, propertySchema, components, depth + 1);
            return result;
        }
        if (type.HasFlag(JsonSchemaType.Array))
            return schema.Items is { } items && depth < MaxDepth ? new JsonArray(Value(owner, name, items, components, depth + 1)) : new JsonArray();
        if (type.HasFlag(JsonSchemaType.Integer))
            return (long)(Numbers.TryGetValue(name, out var count) ? count : 1);
        if (type.HasFlag(JsonSchemaType.Number))
            return Numbers.TryGetValue(name, out var number) ? number : 1m;
        if (type.HasFlag(JsonSchemaType.Boolean))
            return Booleans.TryGetValue(name, out var flag) && flag;
        return Text(name, schema.Format);
    }

    private static JsonNode Text(string name, string? format) => format switch
    {
        "date" => Dates.GetValueOrDefault(name, Today),
        "date-time" => $"{Today}T09:30:00Z",
        "uuid" => StableGuid(name),
        "email" => Strings["email"],
        _ when Strings.TryGetValue(name, out var text) => text,
        _ when Numbers.TryGetValue(name, out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => "exemple",
    };

    private static bool IsString(JsonNode? node, string text) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && s == text;

    /// <summary>The same identifier for the same property name everywhere, so related examples line up.</summary>
    private static string StableGuid(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, like the ids the API hands out
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
