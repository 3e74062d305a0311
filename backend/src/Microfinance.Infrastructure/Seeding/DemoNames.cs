namespace Microfinance.Infrastructure.Seeding;

/// <summary>Names and places of the Gulf of Guinea and the Sahel, for demo clients.</summary>
internal static class DemoNames
{
    public static readonly string[] Women =
    [
        "Adjoa", "Afi", "Akossiwa", "Aminata", "Awa", "Yawa", "Sèna", "Fatoumata", "Mariam", "Aïssatou", "Rosine", "Bernadette",
        "Clémence", "Nafissatou", "Ramatou", "Hortense", "Gisèle", "Djamila", "Ablavi", "Edwige", "Mawulé", "Kadiatou",
    ];

    public static readonly string[] Men =
    [
        "Koffi", "Kouassi", "Kodjo", "Codjo", "Moussa", "Ibrahim", "Mamadou", "Sékou", "Yao", "Komi", "Sènan", "Gbènou",
        "Boubacar", "Issa", "Ousmane", "Rodrigue", "Firmin", "Abdoulaye", "Dieudonné", "Serge", "Landry", "Souleymane",
    ];

    public static readonly string[] Families =
    [
        "Houénou", "Agossou", "Dossou", "Hounkpatin", "Zinsou", "Ahouansou", "Adjovi", "Gbaguidi", "Akakpo", "Tossou",
        "Traoré", "Koné", "Diallo", "Ouédraogo", "Sawadogo", "Ndiaye", "Diop", "Mensah", "Kouakou", "Bamba", "Sanogo",
        "Amoussou", "Kpadonou", "Dansou", "Hounsou", "Assogba", "Glèlè", "Tchibozo", "Yessoufou", "Bio",
    ];

    public static readonly string[] Cities = ["Cotonou", "Cotonou", "Cotonou", "Abomey-Calavi", "Porto-Novo", "Ouidah", "Sèmè-Kpodji"];

    public static readonly string[] Quarters = ["Akpakpa", "Cadjèhoun", "Fidjrossè", "Gbégamey", "Zogbo", "Vèdoko", "Agla", "Houéyiho", "Sainte-Rita", "Jéricho"];

    public static readonly string[] LoanPurposes =
    [
        "Achat de stock de pagnes", "Fonds de roulement boutique", "Achat d'une moto (zémidjan)", "Équipement de couture",
        "Intrants maraîchers", "Matériel de coiffure", "Stock de vivres", "Rénovation de l'étal au marché",
    ];

    public static readonly string[] Occupations =
    [
        "Commerçante", "Commerçant", "Couturière", "Tailleur", "Coiffeuse", "Menuisier", "Mécanicien", "Revendeuse de pagnes",
        "Vendeuse de vivres", "Zémidjan (moto-taxi)", "Maraîcher", "Enseignant", "Restauratrice", "Soudeur", "Pêcheur",
    ];
}
