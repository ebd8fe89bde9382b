package cn.shuangyong.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTest {

	@TempDir
	Path root;

	@Test
	void keepsEachFileUnderAGeneratedNameInItsModulesFolderAndReadsItBack() {
		FileFolder photos = new FileStore(root).folder("honours");
		String name = photos.write(new byte[] { 1, 2, 3 }, new SizeLimit(10, "照片"));
		assertThat(name).matches("[0-9a-f-]{36}");
		assertThat(photos.path(name)).isEqualTo(root.resolve("honours").resolve(name.substring(0, 2)).resolve(name));
		assertThat(photos.read(name)).containsExactly(1, 2, 3);
		photos.delete(name);
		assertThatThrownBy(() -> photos.read(name)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesAFileOverItsUsesLimitAndKeepsNothingOfIt() throws IOException {
		FileFolder folder = new FileStore(root).folder("modelcity");
		assertThatThrownBy(() -> folder.write(new byte[2 * 1024 * 1024], new SizeLimit(1024 * 1024, "证明材料")))
			.isInstanceOf(FileTooLargeException.class).hasMessage("证明材料不能超过 1 MB（实际 2.0 MB）");
		assertThatThrownBy(() -> folder.write(new ByteArrayInputStream(new byte[2048]), new SizeLimit(1024, "导入文件")))
			.isInstanceOf(FileTooLargeException.class).hasMessageContaining("导入文件超过了 1 KB 的上限");
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void readsOnlyNamesItGaveSoNoPathLeavesTheFolder() {
		FileStore store = new FileStore(root);
		FileFolder folder = store.folder("supervision");
		for (String name : List.of("../../etc/passwd", "..", "a/b", "0e0e0e0e-0000-0000-0000-00000000000/x")) {
			assertThatThrownBy(() -> folder.path(name)).isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> store.folder("../x")).isInstanceOf(IllegalArgumentException.class);
		// report attachments kept before the one store carry an extension
		assertThat(folder.path("0e0e0e0e-0000-0000-0000-000000000000.pdf")).startsWithRaw(root.resolve("supervision"));
	}

	@Test
	void aFileWrittenInATransactionThatRollsBackIsRemoved() {
		FileFolder folder = new FileStore(root).folder("supervision");
		TransactionSynchronizationManager.initSynchronization();
		try {
			String name = folder.write(new byte[] { 7 }, new SizeLimit(10, "附件"));
			assertThat(folder.path(name)).exists();
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
			assertThat(folder.path(name)).doesNotExist();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void anUpgradeMovesTheFilesOfAFormerFolderUnderTheirNames() throws IOException {
		Path former = Files.createDirectories(root.resolve("attachments/0e"));
		Files.write(former.resolve("0e0e0e0e-0000-0000-0000-000000000000.pdf"), new byte[] { 5 });
		Files.write(former.resolve("upload123.part"), new byte[] { 6 });
		FileFolder folder = new FileStore(root.resolve("files")).folder("supervision");
		assertThat(FormerFolders.moveAll(root.resolve("attachments"), folder)).isEqualTo(1);
		assertThat(folder.read("0e0e0e0e-0000-0000-0000-000000000000.pdf")).containsExactly(5);
		assertThat(FormerFolders.moveAll(root.resolve("attachments"), folder)).isZero();
	}
}
