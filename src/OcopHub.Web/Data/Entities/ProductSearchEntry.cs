namespace OcopHub.Web.Data.Entities;

/// <summary>
/// A row of the SQLite full-text index "ProductsSearch" (FTS5, trigram tokenizer, external content = Products):
/// rowid is the product's Id. Only the SQLite model has it; the table and the triggers that keep it in step with
/// Products are created by hand in the SearchIndexes migration (EF cannot create virtual tables).
/// </summary>
public class ProductSearchEntry
{
    public int RowId { get; set; }
    public string SearchText { get; set; } = "";
}
