package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;

/** A file's rows, read from start to end without holding the file in memory. */
interface RowStream {

	void read(RowVisitor visitor) throws IOException;
}
