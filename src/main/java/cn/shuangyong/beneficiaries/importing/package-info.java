/**
 * Bulk import of beneficiaries from .xlsx, .xls and .csv files: streamed reading, every row checked before anything
 * is written, one transaction per import, jobs that survive a crash. Exposed so the application class can start the
 * {@link cn.shuangyong.beneficiaries.importing.ImportCommand} from the command line.
 */
@org.springframework.modulith.NamedInterface("importing")
package cn.shuangyong.beneficiaries.importing;
