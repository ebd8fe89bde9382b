package cn.shuangyong.beneficiaries.importing;

/** The answer to a password-protected (encrypted) workbook, which cannot be read without its password. */
final class Protection {

	private Protection() {
	}

	static ImportFileException refused() {
		return new ImportFileException(ImportFileException.Kind.INVALID,
				"文件设置了打开密码，无法读取：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后重新上传");
	}
}
