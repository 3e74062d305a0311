using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Microfinance.FunctionalTests;

/// <summary>
/// The printable documents (docs/reporting.md, Printable documents), made through the API as staff would, downloaded as
/// PDF and read back with pdftotext: the real figures, names and schedule rows, and the same access rules as the JSON.
/// </summary>
public sealed class DocumentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = " " };
    private readonly Banking _banking = new(app);
    private Lending Lending => new(app, _banking);

    private static string Fcfa(decimal amount) => $"{amount.ToString("#,0", Grouped)} FCFA";

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The document's text, its spaces made plain and runs of them one, so "label   value" reads "label value".</summary>
    private static async Task<string> PdfAsync(HttpResponseMessage response, string fileNameStart)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith(fileNameStart).And.EndWith(".pdf");
        var text = ReportFiles.Normalised(await ReportFiles.PdfTextAsync(await response.Content.ReadAsByteArrayAsync()));
        return Regex.Replace(text, "[ \t]+", " ");
    }

    private static Task<HttpResponseMessage> GetPdfByAcceptAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        return client.SendAsync(request);
    }

    private async Task<HttpClient> OtherInstitutionAsync()
    {
        var code = $"D{Guid.NewGuid():N}"[..10];
        using var created = await (await app.As("platform.admin")).PostJsonAsync("/api/v1/institutions", new
        {
            name = "Caisse Voisine",
            code,
            adminUsername = $"admin.{code.ToLowerInvariant()}",
            adminDisplayName = "Admin Voisine",
            adminPassword = "Rival#2026",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await app.SignedInAs($"admin.{code.ToLowerInvariant()}", "Rival#2026");
    }

    [Fact]
    public async Task The_statement_of_a_period_prints_its_opening_balance_every_movement_with_its_running_balance_and_its_closing_balance()
    {
        var today = Lending.Today;
        var client = await _banking.CreateClientAsync("Afiavi", "Relevé");
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DSTM"), client);
        var agent = await app.As("agent");
        async Task PostAsync(string kind, decimal amount, DateOnly valueDate)
        {
            using var posted = await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/{kind}",
                new { amount, channel = "Cash", valueDate = valueDate.ToString("yyyy-MM-dd"), reference = $"{kind}-{amount}" });
            posted.StatusCode.Should().Be(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        }
        await PostAsync("deposits", 100_000, today.AddDays(-20));
        await PostAsync("withdrawals", 30_000, today.AddDays(-10));
        await PostAsync("deposits", 50_000, today);
        var from = today.AddDays(-12);

        var text = await PdfAsync(await agent.GetAsync($"/api/v1/accounts/{account}/statement?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}&format=pdf&pageSize=1"), "releve-");

        var number = (await (await agent.GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString()!;
        text.Should().Contain("Relevé de compte").And.Contain("SFD Démo").And.Contain(number).And.Contain("Afiavi Relevé")
            .And.Contain($"du {Day(from)} au {Day(today)}")
            .And.Contain($"Solde d'ouverture au {Day(from)} {Fcfa(100_000)}")
            .And.Contain($"Total des crédits {Fcfa(50_000)}").And.Contain($"Total des débits {Fcfa(30_000)}")
            .And.Contain($"Solde de clôture au {Day(today)} {Fcfa(120_000)}")
            .And.Contain("Mouvements (2)", "every movement of the period, not one page of it");
        text.Should().MatchRegex($@"{Regex.Escape(Day(today.AddDays(-10)))} Retrait \(Espèces\) withdrawals-30000 {Fcfa(30_000)} {Fcfa(70_000)}");
        text.Should().MatchRegex($@"{Regex.Escape(Day(today))} Dépôt \(Espèces\) deposits-50000 {Fcfa(50_000)} {Fcfa(120_000)}");
        text.Should().NotContain("deposits-100000", "a movement before the period is in the opening balance only");
        text.Should().MatchRegex(@"Imprimé le \d\d/\d\d/\d{4} à \d\d:\d\d par .+ Page 1 / 1");

        var byAccept = await PdfAsync(await GetPdfByAcceptAsync(agent, $"/api/v1/accounts/{account}/statement?from={from:yyyy-MM-dd}"), "releve-");
        byAccept.Should().Contain($"Solde de clôture au {Day(today)} {Fcfa(120_000)}");
    }

    [Fact]
    public async Task A_statements_bad_period_unknown_format_or_unknown_account_is_a_problem_not_a_file()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DSTB"));
        var agent = await app.As("agent");
        var today = Lending.Today;

        var backwards = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}&format=pdf"))
            .ShouldBeProblemAsync(400);
        backwards.GetProperty("errors").GetProperty("to")[0].GetString().Should().Contain("précède son début");
        var tooLong = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?from={today.AddDays(-366):yyyy-MM-dd}&to={today:yyyy-MM-dd}&format=pdf"))
            .ShouldBeProblemAsync(400);
        tooLong.GetProperty("errors").GetProperty("from")[0].GetString().Should().Contain("366 jours");
        (await agent.GetAsync($"/api/v1/accounts/{account}/statement?from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}&format=pdf"))
            .StatusCode.Should().Be(HttpStatusCode.OK, "366 days are allowed");
        var format = await (await agent.GetAsync($"/api/v1/accounts/{account}/statement?format=csv")).ShouldBeProblemAsync(400);
        format.GetProperty("errors").GetProperty("format")[0].GetString().Should().Contain("pdf");
        await (await agent.GetAsync($"/api/v1/accounts/{Guid.NewGuid()}/statement?format=pdf")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_deposit_and_a_withdrawal_print_as_receipts_with_their_amount_balance_client_and_signature_boxes()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DRCT"), await _banking.CreateClientAsync("Codjo", "Reçu"));
        var deposit = await _banking.DepositAsync(account, 75_000);
        var agent = await app.As("agent");
        using var withdrawn = await Banking.SendMoneyAsync(agent, $"/api/v1/accounts/{account}/withdrawals", new { amount = 25_000, channel = "MobileMoney" });
        var withdrawal = await withdrawn.JsonAsync();

        var text = await PdfAsync(await agent.GetAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}?format=pdf"), "recu-");
        text.Should().Contain("Reçu de dépôt").And.Contain("Agence : ").And.Contain("Codjo Reçu")
            .And.Contain($"Reçu n° {deposit.GetProperty("journalEntryNumber").GetInt64()}")
            .And.Contain($"Montant versé {Fcfa(75_000)}").And.Contain($"Solde après l'opération {Fcfa(75_000)}")
            .And.Contain("Le client").And.Contain("L'agent ou le caissier");

        var receipt = await PdfAsync(await GetPdfByAcceptAsync(agent, $"/api/v1/transactions/{withdrawal.GetProperty("id").GetGuid()}"), "recu-");
        receipt.Should().Contain("Reçu de retrait").And.Contain("Retrait (Mobile money)")
            .And.Contain($"Montant retiré {Fcfa(25_000)}").And.Contain($"Solde après l'opération {Fcfa(50_000)}");

        (await agent.GetAsync($"/api/v1/transactions/{deposit.GetProperty("id").GetGuid()}")).Content.Headers.ContentType!.MediaType
            .Should().Be("application/json", "without format or Accept the receipt stays JSON");
        await (await agent.GetAsync($"/api/v1/transactions/{Guid.NewGuid()}?format=pdf")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_loan_prints_its_offer_with_the_full_schedule_then_its_disbursement_voucher_and_each_repayments_receipt()
    {
        var product = await Lending.CreateProductAsync("DOC1", feePercent: 1);
        var loan = await Lending.ApprovedLoanAsync(product, 120_000, 3, 12);
        var supervisor = await app.As("supervisor");
        var agent = await app.As("agent");
        var approved = await Lending.LoanAsync(loan);
        var number = approved.GetProperty("number").GetString()!;
        var clientName = approved.GetProperty("clientName").GetString()!;

        var quote = await (await agent.PostJsonAsync("/api/v1/loans/simulate", new
        {
            principal = 120_000, annualInterestRatePercent = 12, numberOfInstallments = 3, frequency = "Monthly",
            interestMethod = "DecliningBalance", amortization = "EqualPrincipal", disbursementDate = Lending.Today.ToString("yyyy-MM-dd"),
            processingFeePercent = 1,
        })).JsonAsync();
        var offer = await PdfAsync(await agent.GetAsync($"/api/v1/loans/{loan}/offer"), $"offre-pret-{number}");
        offer.Should().Contain("Offre de prêt").And.Contain(number).And.Contain(clientName).And.Contain($"Montant {Fcfa(120_000)}")
            .And.Contain("Taux d'intérêt annuel 12,00 %").And.Contain("3 échéance(s), périodicité mensuelle");
        foreach (var row in quote.GetProperty("installments").EnumerateArray())
            offer.Should().MatchRegex(
                $@"{row.GetProperty("number").GetInt32()} {Regex.Escape(Day(DateOnly.Parse(row.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture)))} "
                + $"{Fcfa(row.GetProperty("principal").GetDecimal())} {Fcfa(row.GetProperty("interest").GetDecimal())} {Fcfa(row.GetProperty("fees").GetDecimal())} "
                + $"{Fcfa(row.GetProperty("total").GetDecimal())} {Fcfa(row.GetProperty("outstandingAfter").GetDecimal())}",
                "every installment of the schedule is printed");
        var cost = quote.GetProperty("totalInterest").GetDecimal() + quote.GetProperty("totalFees").GetDecimal();
        offer.Should().Contain($"Coût total du crédit {Fcfa(cost)}").And.Contain($"Total à rembourser {Fcfa(120_000 + cost)}")
            .And.Contain($"Frais {Fcfa(1_200)}");

        await (await agent.GetAsync($"/api/v1/loans/{loan}/disbursement-voucher")).ShouldBeProblemAsync(422, "loan_not_disbursed");
        using (var disbursed = await supervisor.PostJsonAsync($"/api/v1/loans/{loan}/disburse", new { mode = "Cash", date = Lending.Today.ToString("yyyy-MM-dd") }))
            disbursed.StatusCode.Should().Be(HttpStatusCode.OK, await disbursed.Content.ReadAsStringAsync());
        await (await agent.GetAsync($"/api/v1/loans/{loan}/offer")).ShouldBeProblemAsync(422, "loan_offer_unavailable");

        var voucher = await PdfAsync(await agent.GetAsync($"/api/v1/loans/{loan}/disbursement-voucher"), $"bordereau-decaissement-{number}");
        voucher.Should().Contain("Bordereau de décaissement").And.Contain(clientName).And.Contain($"Date du décaissement {Day(Lending.Today)}")
            .And.Contain($"Montant accordé {Fcfa(120_000)}").And.Contain($"Frais retenus {Fcfa(0)}").And.Contain("Remis en espèces au guichet")
            .And.Contain($"Montant remis au client {Fcfa(120_000)}").And.Contain("Le client").And.Contain("L'agent").And.Contain("Le caissier");

        using var repaid = await Lending.RepayAsync(loan, 50_000);
        repaid.StatusCode.Should().Be(HttpStatusCode.Created, await repaid.Content.ReadAsStringAsync());
        var repayment = await repaid.JsonAsync();
        var principalPart = repayment.GetProperty("principalPart").GetDecimal();
        var outstanding = (await Lending.LoanAsync(loan)).GetProperty("outstanding").GetDecimal();
        var receipt = await PdfAsync(await agent.GetAsync($"/api/v1/loans/{loan}/repayments/{repayment.GetProperty("id").GetGuid()}/receipt"),
            $"recu-remboursement-{number}-1");
        receipt.Should().Contain("Reçu de remboursement de crédit").And.Contain(clientName).And.Contain($"Montant reçu {Fcfa(50_000)}")
            .And.Contain($"Pénalités {Fcfa(repayment.GetProperty("penaltiesPart").GetDecimal())}")
            .And.Contain($"Frais {Fcfa(repayment.GetProperty("feesPart").GetDecimal())}")
            .And.Contain($"Intérêts {Fcfa(repayment.GetProperty("interestPart").GetDecimal())}")
            .And.Contain($"Capital {Fcfa(principalPart)}")
            .And.Contain($"Capital restant dû après ce remboursement {Fcfa(120_000 - principalPart)}")
            .And.Contain($"Reste à payer à ce jour {Fcfa(outstanding)}");
        principalPart.Should().BeGreaterThan(0);

        await (await agent.GetAsync($"/api/v1/loans/{loan}/repayments/{Guid.NewGuid()}/receipt")).ShouldBeProblemAsync(404);
        await (await agent.GetAsync($"/api/v1/loans/{Guid.NewGuid()}/offer")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task The_client_sheet_prints_identity_contact_branch_accounts_with_balances_and_loans_with_outstanding()
    {
        var product = await Lending.CreateProductAsync("DOC2");
        var loan = await Lending.ActiveLoanAsync(product, 60_000, 2, 10);
        var details = await Lending.LoanAsync(loan);
        var client = details.GetProperty("clientId").GetGuid();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DSHT"), client);
        await _banking.DepositAsync(account, 40_000);
        var agent = await app.As("agent");
        var json = await (await agent.GetAsync($"/api/v1/clients/{client}")).JsonAsync();
        var accountNumber = (await (await agent.GetAsync($"/api/v1/accounts/{account}")).JsonAsync()).GetProperty("number").GetString()!;

        var text = await PdfAsync(await agent.GetAsync($"/api/v1/clients/{client}?format=pdf"), $"fiche-client-{json.GetProperty("number").GetString()}");

        text.Should().Contain("Fiche client").And.Contain($"N° client {json.GetProperty("number").GetString()}")
            .And.Contain($"Nom et prénom {json.GetProperty("lastName").GetString()} {json.GetProperty("firstName").GetString()}")
            .And.Contain($"Téléphone {json.GetProperty("phone").GetString()}").And.Contain("Ville Cotonou").And.Contain("Profession Commerçante")
            .And.Contain($"Agence {json.GetProperty("branchName").GetString()}")
            .And.Contain($"Carte nationale d'identité n° {json.GetProperty("idDocumentNumber").GetString()}")
            .And.MatchRegex($@"{Regex.Escape(accountNumber)} .+ Actif {Fcfa(40_000)}")
            .And.Contain($"Épargne : {Fcfa(40_000)}")
            .And.MatchRegex($@"{Regex.Escape(details.GetProperty("number").GetString()!)} .+ En cours {Regex.Escape(Day(Lending.Today))} {Fcfa(60_000)} {Fcfa(details.GetProperty("outstanding").GetDecimal())}")
            .And.Contain($"Reste à payer : {Fcfa(details.GetProperty("outstanding").GetDecimal())}");
    }

    [Fact]
    public async Task The_opening_fee_prints_as_a_receipt_of_the_account_and_an_account_without_one_is_a_422()
    {
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DFEE", openingFee: 1_500),
            await _banking.CreateClientAsync("Sena", "Frais"));
        var agent = await app.As("agent");
        var opened = await (await agent.GetAsync($"/api/v1/accounts/{account}")).JsonAsync();
        var number = opened.GetProperty("number").GetString()!;

        var text = await PdfAsync(await agent.GetAsync($"/api/v1/accounts/{account}/opening-fee-receipt"), $"recu-frais-{number}");
        text.Should().Contain("Reçu des frais d'ouverture").And.Contain("Agence : ").And.Contain("Sena Frais")
            .And.Contain($"Reçu n° {opened.GetProperty("openingFeeEntryNumber").GetInt64()}").And.Contain($"Compte {number}")
            .And.Contain("Canal Espèces").And.Contain($"Frais d'ouverture {Fcfa(1_500)}")
            .And.Contain("Le client").And.Contain("L'agent ou le caissier");

        var free = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DNOFEE"));
        await (await agent.GetAsync($"/api/v1/accounts/{free}/opening-fee-receipt")).ShouldBeProblemAsync(422, "opening_fee_not_paid");
        await (await agent.GetAsync($"/api/v1/accounts/{Guid.NewGuid()}/opening-fee-receipt")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Every_document_is_a_403_for_a_role_that_cannot_see_the_object_and_a_404_across_institutions()
    {
        var product = await Lending.CreateProductAsync("DOC3");
        var loan = await Lending.ActiveLoanAsync(product, 30_000, 1, 10);
        using var repaid = await Lending.RepayAsync(loan, 10_000);
        var repayment = (await repaid.JsonAsync()).GetProperty("id").GetGuid();
        var approved = await Lending.ApprovedLoanAsync(product, 30_000, 1, 10);
        var client = (await Lending.LoanAsync(loan)).GetProperty("clientId").GetGuid();
        var account = await _banking.OpenActiveAccountAsync(await _banking.CreateProductAsync("DACL", openingFee: 500), client);
        var movement = (await _banking.DepositAsync(account, 5_000)).GetProperty("id").GetGuid();
        string[] urls =
        [
            $"/api/v1/accounts/{account}/statement?format=pdf",
            $"/api/v1/transactions/{movement}?format=pdf",
            $"/api/v1/accounts/{account}/opening-fee-receipt",
            $"/api/v1/clients/{client}?format=pdf",
            $"/api/v1/loans/{approved}/offer",
            $"/api/v1/loans/{loan}/disbursement-voucher",
            $"/api/v1/loans/{loan}/repayments/{repayment}/receipt",
        ];
        var platform = await app.As("platform.admin");
        var neighbour = await OtherInstitutionAsync();
        var auditor = await app.As("auditor");

        foreach (var url in urls)
        {
            (await auditor.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, $"{url} is the auditor's to read");
            await (await platform.GetAsync(url)).ShouldBeProblemAsync(403);
            await (await neighbour.GetAsync(url)).ShouldBeProblemAsync(404);
        }
    }
}
