package cn.shuangyong.beneficiaries.importing;

/** Receives a file's rows as they are read, one at a time; throws {@link ImportFileException} to stop reading. */
interface RowVisitor {

	/** A new sheet begins; a hidden one too, so that data hidden from the person importing can be refused. */
	void sheet(String name, boolean hidden);

	void row(SheetRow row);
}
