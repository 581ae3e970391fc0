package org.consortia.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the register as an Excel workbook: one sheet of entries with every field and one of
 * mitigation actions, each with a frozen, filterable heading row. Scores are numbers and dates are
 * dates, so partners can sort and chart them; text is always text, never a formula.
 */
public final class RegisterWorkbook {

    private static final int WIDE = 45 * 256;
    private static final int NARROW = 16 * 256;
    private static final Set<String> LONG_TEXT = Set.of("Title", "Description", "Cause", "Effect", "Why transferred",
            "Trigger points", "Contingency plan", "Entry", "Action");

    private RegisterWorkbook() {
    }

    public static byte[] write(RegisterExport register) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream xlsx = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle("Joint risk register – " + register.partnershipName());
            Styles styles = new Styles(workbook);

            Sheet entries = workbook.createSheet("Risk register");
            heading(entries, RegisterColumns.HEADINGS, styles);
            int row = 1;
            for (RiskEntry entry : register.entries()) {
                fill(entries.createRow(row++), RegisterColumns.values(entry, register.tolerance()), styles);
            }
            finish(entries, RegisterColumns.HEADINGS, row);

            List<String> actionHeadings = List.of("Entry", "Action", "Responsible", "Deadline", "Done on", "Overdue");
            Sheet actions = workbook.createSheet("Mitigation actions");
            heading(actions, actionHeadings, styles);
            row = 1;
            for (MitigationAction action : register.actions()) {
                fill(actions.createRow(row++), Arrays.asList(action.getEntry().getTitle(),
                        action.getDescription(), action.getResponsible() == null ? null : action.getResponsible().getName(),
                        action.getDeadline(), action.getDoneOn(), action.isOverdue(register.madeOn()) ? "Yes" : "No"),
                        styles);
            }
            finish(actions, actionHeadings, row);

            if (register.filteredBy() != null) {
                // Said on a sheet of its own, so the register's sheets stay plain tables to sort and filter.
                Sheet chosen = workbook.createSheet("How entries were chosen");
                chosen.createRow(0).createCell(0).setCellValue("Only the entries chosen by the register's filters: "
                        + register.filteredBy() + ".");
                workbook.getProperties().getCoreProperties().setDescription("Filtered: " + register.filteredBy());
            }

            workbook.write(xlsx);
            return xlsx.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the register as a workbook", e);
        }
    }

    /** The three looks a cell can have. */
    private record Styles(CellStyle heading, CellStyle text, CellStyle date) {

        Styles(XSSFWorkbook workbook) {
            this(workbook.createCellStyle(), workbook.createCellStyle(), workbook.createCellStyle());
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            heading.setWrapText(true);
            text.setWrapText(true);
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmm yyyy"));
        }
    }

    private static void heading(Sheet sheet, List<String> headings, Styles styles) {
        Row row = sheet.createRow(0);
        for (int column = 0; column < headings.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headings.get(column));
            cell.setCellStyle(styles.heading());
        }
    }

    private static void fill(Row row, List<Object> values, Styles styles) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.text());
            }
        }
    }

    private static void finish(Sheet sheet, List<String> headings, int rows) {
        for (int column = 0; column < headings.size(); column++) {
            sheet.setColumnWidth(column, LONG_TEXT.contains(headings.get(column)) ? WIDE : NARROW);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, headings.size() - 1));
    }
}
