package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The readers on their own, without the platform: the .xlsx and .xls readers give every row with its sheet, number
 * and cell kinds; the row cap stops a file while it is read, not after; an upload over the limit is cut off as it is
 * copied and leaves no file behind (security requirements §3 #16, #18).
 */
class ImportStreamingTests {

	@TempDir
	Path folder;

	@Test
	void theXlsxReaderGivesEachRowWithItsNumberAndCellKinds() throws IOException {
		List<List<Object>> table = ImportFiles.table(ImportFiles.csv(1, 3).split("\n"));
		table.get(2).set(4, 13800000002.0);
		table.get(3).set(2, "=\"退伍\"&\"军人\"");
		assertRows(read(ImportFormat.XLSX, ImportFiles.xlsx(table)));
	}

	@Test
	void theXlsReaderGivesTheSame() throws IOException {
		List<List<Object>> table = ImportFiles.table(ImportFiles.csv(1, 3).split("\n"));
		table.get(2).set(4, 13800000002.0);
		table.get(3).set(2, "=\"退伍\"&\"军人\"");
		assertRows(read(ImportFormat.XLS, BadImportFiles.xls(table)));
	}

	private static void assertRows(List<SheetRow> rows) {
		assertThat(rows).hasSize(4);
		assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3, 4);
		assertThat(rows).allSatisfy(row -> assertThat(row.sheet()).isEqualTo("优抚对象"));
		assertThat(rows.get(1).cell(1)).isEqualTo(CellValue.text(ImportFiles.id(1)));
		assertThat(rows.get(2).cell(4)).isEqualTo(new CellValue("13800000002", CellValue.Kind.NUMBER));
		assertThat(rows.get(3).cell(2).kind()).isEqualTo(CellValue.Kind.FORMULA);
		assertThat(rows.get(3).cell(0)).isEqualTo(CellValue.text("测试3"));
	}

	@Test
	void theRowCapStopsReadingAtTheFirstRowOverIt() throws IOException {
		Path file = write(ImportFiles.xlsx(ImportFiles.table(ImportFiles.csv(1, 1_000).split("\n"))));
		AtomicInteger checked = new AtomicInteger();
		RowChecker checker = org.mockito.Mockito.mock(RowChecker.class);
		FileRows rows = new FileRows(headings -> checker, 100, row -> checked.incrementAndGet());
		AtomicInteger seen = new AtomicInteger();
		assertThatThrownBy(() -> new XlsxRows(file).read(new RowVisitor() {
			@Override
			public void sheet(String name, boolean hidden) {
				rows.sheet(name, hidden);
			}

			@Override
			public void row(SheetRow row) {
				seen.incrementAndGet();
				rows.row(row);
			}
		})).isInstanceOf(ImportFileException.class)
			.hasMessageContaining("数据行超过了每个文件 100 行的上限（读到工作表“优抚对象”第 102 行时停止）");
		assertThat(checked.get()).isEqualTo(100);
		assertThat(seen.get()).as("读到上限即停止，不读完整个文件").isEqualTo(102);
	}

	@Test
	void anUploadOverTheLimitIsCutOffWhileCopiedAndLeavesNoFile() throws IOException {
		ImportSettings settings = new ImportSettings(DataSize.ofKilobytes(64), null, null, null);
		AtomicInteger read = new AtomicInteger();
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				read.incrementAndGet();
				return 'a';
			}

			@Override
			public int read(byte[] b, int off, int len) {
				read.addAndGet(len);
				java.util.Arrays.fill(b, off, off + len, (byte) 'a');
				return len;
			}
		};
		assertThatThrownBy(() -> UploadStore.store(endless, uploads(), settings)).isInstanceOf(ImportFileException.class)
			.hasMessageContaining("文件超过了导入文件 64 KB 的上限，未保存任何内容")
			.satisfies(e -> assertThat(((ImportFileException) e).kind().status()).isEqualTo(413));
		assertThat(read.get()).as("读到上限后即停止").isLessThanOrEqualTo(64 * 1024 + 64 * 1024);
		try (var files = Files.walk(folder)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void anUploadAtTheLimitIsKept() throws IOException {
		ImportSettings settings = new ImportSettings(DataSize.ofKilobytes(64), null, null, null);
		UploadStore.Stored stored = UploadStore.store(new ByteArrayInputStream(new byte[64 * 1024]), uploads(), settings);
		assertThat(stored.size()).isEqualTo(64 * 1024);
		assertThat(stored.path()).startsWith(folder).isRegularFile();
		assertThat(stored.path().getFileName().toString()).matches("[0-9a-f-]{36}");
	}

	private FileFolder uploads() {
		return new FileStore(folder).folder("imports");
	}

	private List<SheetRow> read(ImportFormat format, byte[] content) throws IOException {
		List<SheetRow> rows = new ArrayList<>();
		FileInspection.rows(write(content), format).read(new RowVisitor() {
			@Override
			public void sheet(String name, boolean hidden) {
			}

			@Override
			public void row(SheetRow row) {
				rows.add(row);
			}
		});
		return rows;
	}

	private Path write(byte[] content) throws IOException {
		Path file = Files.createTempFile(folder, "import", ".bin");
		Files.write(file, content);
		return file;
	}
}
