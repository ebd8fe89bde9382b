/**
 * Task tables (任务分工表) found outside Word tables: flattened into text (columns set apart by runs of spaces, tabs
 * or |, one cell per line, rows wrapped over lines), in spreadsheets (.xlsx, .xls) and in text PDFs, read by the
 * positions of their text. Each gives the table's rows of cells, which the reader turns into numbered items as it
 * does a Word table's.
 */
package cn.shuangyong.documents.reading.tables;
