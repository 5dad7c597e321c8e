package io.parallax.ejb.analysis.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The look of Parallax's PDF documents (OpenPDF), shared by the cohort report, the trainee's
 * progress report and the accreditation portfolio summary: a blue band on every page naming the
 * school, the subject and the period, the generated-at time, "page n of m" at the foot, headings in
 * the brand blue, tables with a blue heading row that repeats on each page, numbers right-aligned.
 */
public final class PdfLayout extends PdfPageEventHelper {

  public static final Color BRAND = new Color(0x1e3a5f);
  public static final Color ACCENT = new Color(0x1565c0);
  public static final Color TEXT = new Color(0x1f2937);
  public static final Color MUTED = new Color(0x4b5563);
  public static final Color RULE = new Color(0xdde1e6);
  public static final Color STRIPE = new Color(0xf7f8fa);

  public static final float MARGIN = 36;
  public static final float BAND = 44;

  private final DocumentWords words;
  private final String left;
  private final String right;
  private final String generated;
  private final BaseFont regular;
  private final BaseFont bold;
  private PdfTemplate total;

  /**
   * A band reading the brand and {@code schoolName} (may be null) on the left and {@code subject}
   * on the right, with the line "generated at {@code generatedAt}" under it.
   */
  public PdfLayout(
      DocumentWords words, String schoolName, String subject, ZonedDateTime generatedAt) {
    this.words = words;
    this.left = brand(words, schoolName);
    this.right = subject;
    this.generated = words.text("generatedAt", words.dateTime(generatedAt));
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
      bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, false);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Helvetica is built into every PDF reader", e);
    }
  }

  /** The band's left side: the brand, and the school's name when there is one. */
  private static String brand(DocumentWords words, String schoolName) {
    return schoolName == null || schoolName.isBlank()
        ? words.text("brand")
        : words.text("brand") + " · " + schoolName;
  }

  /** What fills a document's pages, between its opening and its closing. */
  @FunctionalInterface
  public interface Body {
    void write(Document document) throws DocumentException, IOException;
  }

  /**
   * A document of {@code page} size in this layout, with its title, subject (may be null) and
   * language set, filled by {@code body}.
   */
  public byte[] write(Rectangle page, String title, String subject, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(page, MARGIN, MARGIN, BAND + 14, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(this);
      document.addTitle(title);
      if (subject != null) {
        document.addSubject(subject);
      }
      document.addCreator("Parallax");
      document.setDocumentLanguage(words.locale().toLanguageTag());
      document.open();
      body.write(document);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("Could not write " + title, e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  public Font font(float size, boolean isBold, Color colour) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, colour);
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    Rectangle page = document.getPageSize();
    PdfContentByte canvas = writer.getDirectContent();
    canvas.saveState();
    canvas.setColorFill(BRAND);
    canvas.rectangle(0, page.getHeight() - BAND, page.getWidth(), BAND);
    canvas.fill();
    canvas.restoreState();
    float baseline = page.getHeight() - BAND + 17;
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_LEFT,
        new Phrase(left, font(12, true, Color.WHITE)),
        MARGIN,
        baseline,
        0);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_RIGHT,
        new Phrase(right, font(9, false, Color.WHITE)),
        page.getWidth() - MARGIN,
        baseline + 4,
        0);
    ColumnText.showTextAligned(
        canvas,
        Element.ALIGN_RIGHT,
        new Phrase(generated, font(8, false, Color.WHITE)),
        page.getWidth() - MARGIN,
        baseline - 9,
        0);
    String number = words.text("page", writer.getPageNumber(), "\u0000");
    String before = number.substring(0, number.indexOf('\u0000'));
    String after = number.substring(number.indexOf('\u0000') + 1);
    float size = 8;
    float beforeWidth = regular.getWidthPoint(before, size);
    float x = page.getWidth() / 2 - (beforeWidth + 12) / 2;
    canvas.beginText();
    canvas.setFontAndSize(regular, size);
    canvas.setColorFill(MUTED);
    canvas.setTextMatrix(x, MARGIN / 2);
    canvas.showText(before);
    canvas.endText();
    canvas.addTemplate(total, x + beforeWidth, MARGIN / 2);
    if (!after.isEmpty()) {
      canvas.beginText();
      canvas.setFontAndSize(regular, size);
      canvas.setTextMatrix(x + beforeWidth + 12, MARGIN / 2);
      canvas.showText(after);
      canvas.endText();
    }
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(regular, 8);
    total.setColorFill(MUTED);
    total.setTextMatrix(0, 0);
    // by now the writer counts the page after the last one
    total.showText(Integer.toString(writer.getPageNumber() - 1));
    total.endText();
  }

  public Paragraph title(String text) {
    Paragraph title = new Paragraph(text, font(20, true, BRAND));
    title.setSpacingAfter(2);
    return title;
  }

  public Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, font(13, true, BRAND));
    heading.setSpacingBefore(10);
    heading.setSpacingAfter(4);
    return heading;
  }

  public Paragraph note(String text) {
    Paragraph note = new Paragraph(text, font(9, false, MUTED));
    note.setSpacingAfter(4);
    return note;
  }

  /** A chart image scaled to {@code width} × {@code height} points. */
  public Image chart(byte[] png, float width, float height) throws IOException {
    Image image = Image.getInstance(png);
    image.scaleToFit(width, height);
    image.setAlignment(Element.ALIGN_CENTER);
    return image;
  }

  /** A cell holding a chart with its heading above it, for charts side by side. */
  public PdfPCell chartCell(String heading, byte[] png, float width, float height)
      throws IOException {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(4);
    Paragraph title = new Paragraph(heading, font(11, true, BRAND));
    title.setSpacingAfter(2);
    cell.addElement(title);
    Image image = chart(png, width, height);
    cell.addElement(image);
    return cell;
  }

  /** A table of the report: blue heading row repeated on each page, striped rows. */
  public PdfPTable table(ReportTable table) {
    List<ReportTable.Column> columns = table.columns();
    PdfPTable pdf = new PdfPTable(columns.size());
    pdf.setWidthPercentage(100);
    pdf.setSpacingBefore(4);
    pdf.setHeaderRows(1);
    float size = columns.size() > 10 ? 7 : 8.5f;
    for (ReportTable.Column column : columns) {
      PdfPCell cell = new PdfPCell(new Phrase(column.heading(), font(size, true, Color.WHITE)));
      cell.setBackgroundColor(BRAND);
      cell.setBorderColor(BRAND);
      cell.setPadding(4);
      cell.setHorizontalAlignment(alignment(column.kind()));
      pdf.addCell(cell);
    }
    List<List<Object>> rows = table.rows();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        ReportTable.Kind kind = columns.get(c).kind();
        PdfPCell cell =
            new PdfPCell(
                new Phrase(
                    ReportTable.text(words, kind, rows.get(r).get(c)), font(size, false, TEXT)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(3.5f);
        cell.setHorizontalAlignment(alignment(kind));
        if (r % 2 == 1) {
          cell.setBackgroundColor(STRIPE);
        }
        pdf.addCell(cell);
      }
    }
    return pdf;
  }

  public static int alignment(ReportTable.Kind kind) {
    return kind == ReportTable.Kind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
  }
}
