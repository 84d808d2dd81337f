"""What the window says about an error: its code's template, translated, filled with its params.

core/errors.py gives every error a code and params, and its English (str(e), for the command line).
Here each code has its Chinese source template, which Qt translates (resources/i18n: the English
of each is the core's own template, tests/test_error_text.py holds them together). A message
made as text elsewhere (a default "{detail}" code) and errors that are not ours show their str().
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.errors import DETAIL, PolicyLensError, fill

TEMPLATES = {
    # document attributes and collections (core.attributes, store.user_collections)
    "attribute.kind": QT_TRANSLATE_NOOP("Errors", "属性“{name}”：类型必须是 {kinds} 之一，而不是“{kind}”"),
    "attribute.no_name": QT_TRANSLATE_NOOP("Errors", "属性需要一个名称"),
    "attribute.no_choices": QT_TRANSLATE_NOOP("Errors", "属性“{name}”：选项类型需要列出选项"),
    "attribute.not_number": QT_TRANSLATE_NOOP("Errors", "属性“{name}”：“{value}”不是数字"),
    "attribute.not_date": QT_TRANSLATE_NOOP("Errors", "属性“{name}”：“{value}”不是日期（YYYY-MM-DD、YYYY-MM 或 YYYY）"),
    "attribute.not_choice": QT_TRANSLATE_NOOP("Errors", "属性“{name}”：“{value}”不是 {choices} 之一"),
    "attribute.extracted": QT_TRANSLATE_NOOP("Errors", "“{name}”是提取的属性：设置它即可更正"),
    "attribute.unknown": QT_TRANSLATE_NOOP("Errors", "没有属性“{name}”：请先定义它，或更正 {names} 之一"),
    "attribute.reserved": QT_TRANSLATE_NOOP("Errors", "“{name}”已是导出文件中一列的名称（{column}）：请给属性另起一个名称"),
    "scope.syntax": QT_TRANSLATE_NOOP(
        "Errors", "“{text}”不是条件：请写成 名称=值、名称>=值、名称=起..止、名称=甲|乙、名称!=值 或 名称~文字"),
    "scope.unknown": QT_TRANSLATE_NOOP("Errors", "没有属性“{name}”（可用：{names}）"),
    "scope.range": QT_TRANSLATE_NOOP("Errors", "“{text}”：范围写成 名称=起..止"),
    "scope.date": QT_TRANSLATE_NOOP(
        "Errors", "“{text}”：在某日有效写成 in-force=YYYY-MM-DD、in-force=YYYY-MM 或 in-force=YYYY"),
    "scope.in_force": QT_TRANSLATE_NOOP("Errors", "“{text}”：此处无法确定哪些文件有效"),
    "collections.no_set": QT_TRANSLATE_NOOP("Errors", "没有文档集“{name}”{known}"),
    "collections.no_search": QT_TRANSLATE_NOOP("Errors", "没有保存的搜索“{name}”{known}"),
    "collections.no_name": QT_TRANSLATE_NOOP("Errors", "文档集或保存的搜索需要一个名称"),
    # reading a file (core.errors: SourceError, DecodeError, UnsupportedFormat)
    "source.unreadable": QT_TRANSLATE_NOOP("Errors", "无法读取：{reason}"),
    "source.folder": QT_TRANSLATE_NOOP("Errors", "是文件夹，不是文件"),
    "source.not_regular": QT_TRANSLATE_NOOP("Errors", "是{kind}，不是文档文件：未读取"),
    "source.too_big": QT_TRANSLATE_NOOP("Errors", "大小为 {size} MB；PolicyLens 读取不超过 {limit} MB 的文档"),
    "source.not_zip": QT_TRANSLATE_NOOP("Errors", "不是有效的 {suffix} 文件：它既不是 zip 归档，也不是网页"),
    "source.not_word97": QT_TRANSLATE_NOOP("Errors", "不是有效的 {suffix} 文件：它既不是 Word 97–2003 文件，也不是网页"),
    "source.not_pdf": QT_TRANSLATE_NOOP("Errors", "不是有效的 {suffix} 文件：它既不是 PDF，也不是网页"),
    "source.mime_no_page": QT_TRANSLATE_NOOP("Errors", "这个保存的网页（MIME 归档）不含网页，只有 {kinds}"),
    "source.viewer_page": QT_TRANSLATE_NOOP(
        "Errors", "是代替 {suffix} 文件保存下来的网页（文件预览页，标题为“{title}”）：其中没有文档"),
    "html.frames": QT_TRANSLATE_NOOP(
        "Errors", "是空的框架页：它只嵌入其他网页（{frames}），本身没有文字；请改为导入被嵌入的网页"),
    "html.images": QT_TRANSLATE_NOOP("Errors", "是只有图片的网页：它显示 {count} 张图片（扫描件或文档的照片），没有文字"),
    "html.image": QT_TRANSLATE_NOOP("Errors", "是只有图片的网页：它显示 1 张图片（扫描件或文档的照片），没有文字"),
    "html.no_text": QT_TRANSLATE_NOOP("Errors", "这个 HTML 网页没有可见的文字（只有脚本、样式或标记）"),
    "pdf.password": QT_TRANSLATE_NOOP("Errors", "是有密码保护的 PDF：无法读取"),
    "pdf.unreadable": QT_TRANSLATE_NOOP("Errors", "不是可读取的 PDF（{reason}）"),
    "pdf.no_pages": QT_TRANSLATE_NOOP("Errors", "是没有页面的 PDF"),
    "pdf.too_many_pages": QT_TRANSLATE_NOOP("Errors", "是 {count} 页的 PDF；PolicyLens 最多读取 {limit} 页"),
    "pdf.scanned": QT_TRANSLATE_NOOP(
        "Errors", "是扫描的 PDF：它的 {count} 页都是没有文字层的图片。请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本"),
    "pdf.scanned_page": QT_TRANSLATE_NOOP(
        "Errors", "是扫描的 PDF：它的 1 页是没有文字层的图片。请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本"),
    "pdf.garbled": QT_TRANSLATE_NOOP(
        "Errors", "是文字层无法解码的 PDF：{share} 的字符不是中文、拉丁字母或标点（其字体缺少 Unicode 映射）。"
                  "请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本"),
    "docx.not_zip": QT_TRANSLATE_NOOP("Errors", "不是有效的 .docx 文件（不是 zip 归档）"),
    "docx.no_body": QT_TRANSLATE_NOOP("Errors", "不是有效的 .docx 文件（缺少 word/document.xml）"),
    "docx.zip_bomb": QT_TRANSLATE_NOOP("Errors", ".docx 正文解压后会超过 {limit} MB：作为压缩炸弹拒绝读取"),
    "docx.damaged_xml": QT_TRANSLATE_NOOP("Errors", ".docx 正文的 XML 已损坏（{reason}）"),
    "doc.empty": QT_TRANSLATE_NOOP("Errors", "这个 Word 文档是空的：其中没有文字"),
    "doc.damaged_ole": QT_TRANSLATE_NOOP("Errors", "不是可读取的 Word .doc 文件（复合文件已损坏：{reason}）"),
    "doc.no_word": QT_TRANSLATE_NOOP("Errors", "是不含 Word 文档的 OLE 文件（其中有 {found}）"),
    "doc.no_table": QT_TRANSLATE_NOOP("Errors", ".doc 文件已损坏：缺少它的 {stream} 流"),
    "doc.header_truncated": QT_TRANSLATE_NOOP("Errors", ".doc 文件已损坏：它的 Word 文件头不完整"),
    "doc.header_signature": QT_TRANSLATE_NOOP("Errors", ".doc 文件已损坏：它的 Word 文件头签名不对"),
    "doc.word6": QT_TRANSLATE_NOOP(
        "Errors", "是 Word 6/95 文档；PolicyLens 读取 Word 97–2003 及以后的格式：请另存为 .docx"),
    "doc.encrypted": QT_TRANSLATE_NOOP("Errors", "是加密的 Word 文档（有密码保护）：无法读取"),
    "doc.no_pieces": QT_TRANSLATE_NOOP("Errors", ".doc 文件已损坏：找不到它的文本片段表"),
    "doc.bad_pieces": QT_TRANSLATE_NOOP("Errors", ".doc 文件已损坏：它的文本片段表为空或格式错误"),
    "ocr.too_many_pages": QT_TRANSLATE_NOOP(
        "Errors", "是 {count} 页的扫描 PDF；OCR 最多读取 {limit} 页的扫描件：请拆分，或导入文字版本"),
    "ocr.timeout": QT_TRANSLATE_NOOP("Errors", "第 {page} 页的 OCR 超过了 {seconds} 秒"),
    "ocr.cannot_run": QT_TRANSLATE_NOOP("Errors", "无法运行 OCR（{reason}）"),
    "ocr.failed": QT_TRANSLATE_NOOP("Errors", "第 {page} 页的 OCR 失败：{reason}"),
    "format.unsupported": QT_TRANSLATE_NOOP("Errors", "不支持的格式“{suffix}”；PolicyLens 读取 {supported}"),
    "decode.empty": QT_TRANSLATE_NOOP("Errors", "文件是空的（0 字节）"),
    "decode.blank": QT_TRANSLATE_NOOP("Errors", "文件只有空白字符"),
    "decode.truncated": QT_TRANSLATE_NOOP("Errors", "文件在一个 UTF-8 字符的中间结束（第 {at} 字节）；看来不完整"),
    "decode.invalid": QT_TRANSLATE_NOOP("Errors", "第 {at} 字节不是有效的 {encoding}：{reason}"),
    "decode.binary": QT_TRANSLATE_NOOP("Errors", "这是二进制文件，不是文本（含有 NUL 字节，且不是 UTF-16）"),
    "decode.no_dominant_encoding": QT_TRANSLATE_NOOP(
        "Errors", "无法判断文本编码；已尝试 {tried}；没有一种编码能读通几乎所有字节"),
    "decode.no_dominant_encoding_best": QT_TRANSLATE_NOOP(
        "Errors", "无法判断文本编码；已尝试 {tried}（最接近的是 {best}，常用字只占 {share}）；没有一种编码能读通几乎所有字节"),
    "refused.resource-fork": QT_TRANSLATE_NOOP(
        "Errors", "是 Mac 资源分支文件（macOS 在复制的文件旁留下的“._”文件）：是访达的元数据，不是文档"),
    "refused.image": QT_TRANSLATE_NOOP("Errors", "是图片（二进制图像文件），不是文字文档：其中没有可读的文字"),
    "refused.zip": QT_TRANSLATE_NOOP(
        "Errors", "是 zip 归档，但不是 Word 文档（没有 word/document.xml）：请解压，然后导入其中的文档"),
    "refused.rtf": QT_TRANSLATE_NOOP(
        "Errors", "是 RTF 文档；PolicyLens 通过 LibreOffice 读取 RTF，但没有安装它：请安装，或将文件另存为 .docx"),
    # annotating, anchoring, matrices
    "anchor.no_clause": QT_TRANSLATE_NOOP("Errors", "{key} 没有条款“{clause}”"),
    "anchor.span": QT_TRANSLATE_NOOP(
        "Errors", "{start}-{end} 不是 {key} 中的一段（其正文有 {length} 个字符；起点必须在终点之前）"),
    "coverage.not_aligned": QT_TRANSLATE_NOOP("Errors", "文档 {key} 不在对齐结果中；请先对齐文库"),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "已取消"),
    "aliases.invalid": QT_TRANSLATE_NOOP("Errors", "{rows}"),
    "query": QT_TRANSLATE_NOOP("Errors", "{detail}（位置 {position}）"),
    "query.empty": QT_TRANSLATE_NOOP("Errors", "查询为空（位置 {position}）"),
    "query.unexpected": QT_TRANSLATE_NOOP("Errors", "意外的 {token}（位置 {position}）"),
    "query.missing_close": QT_TRANSLATE_NOOP("Errors", "缺少“)”（位置 {position}）"),
    "query.empty_phrase": QT_TRANSLATE_NOOP("Errors", "短语为空（位置 {position}）"),
    "query.bad_regex": QT_TRANSLATE_NOOP("Errors", "正则表达式有误（{reason}）（位置 {position}）"),
    "query.no_term": QT_TRANSLATE_NOOP("Errors", "缺少检索词（位置 {position}）"),
    "query.term_expected": QT_TRANSLATE_NOOP("Errors", "这里应是检索词，而不是 {token}（位置 {position}）"),
    "annotation.colour": QT_TRANSLATE_NOOP("Errors", "颜色“{colour}”不是 #rrggbb 的形式"),
    "annotation.no_such": QT_TRANSLATE_NOOP("Errors", "没有 id 为 {id} 的对象（{kind}）"),
    "annotation.exists": QT_TRANSLATE_NOOP("Errors", "id 为 {id} 的对象（{kind}）已经存在"),
    "code.bad_name": QT_TRANSLATE_NOOP("Errors", "编码名称“{name}”不能为空，也不能含有“{sep}”"),
    "code.under_itself": QT_TRANSLATE_NOOP("Errors", "“{path}”不能移到它自己的下面"),
    "code.exists": QT_TRANSLATE_NOOP("Errors", "“{where}”下已经有“{name}”"),
    "code.exists_at_top": QT_TRANSLATE_NOOP("Errors", "顶层已经有“{name}”"),
    "code.merge_into_itself": QT_TRANSLATE_NOOP("Errors", "编码不能合并到它自己或它下面的编码中"),
    # annotation files: import, export, merge
    "exchange.not_a_file": QT_TRANSLATE_NOOP("Errors", "{path} 不是文件"),
    "exchange.unreadable": QT_TRANSLATE_NOOP("Errors", "{path} 既不是 REFI-QDA 项目，也不是 JSON（{reason}）"),
    "exchange.unknown_json": QT_TRANSLATE_NOOP(
        "Errors", "{path} 是 JSON，但既不是 PolicyLens 导出文件，也不是 W3C 或 Hypothesis 批注"),
    "exchange.not_zip": QT_TRANSLATE_NOOP("Errors", "{path} 不是 REFI-QDA 项目：它不是 zip 文件（{reason}）"),
    "exchange.newer": QT_TRANSLATE_NOOP(
        "Errors", "这是 PolicyLens 导出格式的第 {version} 版；本版本 PolicyLens 读取第 {reads} 版及更早的版本"),
    "exchange.folder": QT_TRANSLATE_NOOP("Errors", "{path} 是文件夹；请给出要写入的文件名"),
    "exchange.no_folder": QT_TRANSLATE_NOOP("Errors", "无法写入 {path}：文件夹 {folder} 不存在"),
    "exchange.attributes_unreadable": QT_TRANSLATE_NOOP("Errors", "无法读取 {path}：{reason}"),
    "exchange.attributes_not_xlsx": QT_TRANSLATE_NOOP("Errors", "{path} 不是 XLSX 工作簿（{reason}）"),
    "exchange.attributes_empty": QT_TRANSLATE_NOOP("Errors", "{path} 没有标题行"),
    # building clause families on a Dask cluster
    "cluster.missing": QT_TRANSLATE_NOOP("Errors", "在 Dask 集群上构建需要 Dask：pip install 'policylens[dask]'（{reason}）"),
    "cluster.unreachable": QT_TRANSLATE_NOOP("Errors", "无法连接 {address} 的 Dask 调度器（{reason}）"),
    # the store
    "store.busy": QT_TRANSLATE_NOOP("Errors", "另一个 PolicyLens 进程正在写入 {folder} 中的{what}；请等它完成后再试"),
    "store.newer_annotations": QT_TRANSLATE_NOOP(
        "Errors", "{path} 是由较新的 PolicyLens 写入的（格式版本 {schema}；本版本读取 {reads}）。请升级 PolicyLens，或使用另一个 --data-dir。"),
    "store.not_saved": QT_TRANSLATE_NOOP("Errors", "无法保存到 {path}（{reason}）；更改未生效"),
    "store.closed": QT_TRANSLATE_NOOP("Errors", "{folder} 中的批注存储已关闭"),
    "store.no_document": QT_TRANSLATE_NOOP("Errors", "{folder} 的文库中没有文档“{key}”"),
    "store.document_missing": QT_TRANSLATE_NOOP("Errors", "文档文件 {path} 不见了；请重新导入该文档"),
    "store.document_schema": QT_TRANSLATE_NOOP("Errors", "{path} 的格式版本是 {schema}；本版本 PolicyLens 读取 {reads}"),
    "store.locked": QT_TRANSLATE_NOOP(
        "Errors", "{folder} 中的{what}已在另一个 PolicyLens 进程（pid {pid}）中打开；请先关闭它，或使用另一个 --data-dir"),
}


# What a store's lock names (store.lock, store.session_lock): a word inside the messages above.
WHAT = {
    "annotations": QT_TRANSLATE_NOOP("Errors", "批注"),
    "corpus store": QT_TRANSLATE_NOOP("Errors", "文库"),
    "alignment": QT_TRANSLATE_NOOP("Errors", "对齐结果"),
    "store": QT_TRANSLATE_NOOP("Errors", "存储"),
}


def error_text(exc: BaseException) -> str:
    """The message the window shows for exc, in the UI language."""
    if not isinstance(exc, PolicyLensError):
        return str(exc)
    message = reason_text(exc)
    if not exc.subject:
        return message
    return QCoreApplication.translate("Errors", "{subject}：{message}").format(subject=exc.subject, message=message)


def reason_text(exc: PolicyLensError) -> str:
    """The message without its subject (the import report names the file in its own column)."""
    template = TEMPLATES.get(exc.code)
    if template is None:  # text made elsewhere: said as it was given
        return exc.message
    params = dict(exc.params)
    if params.get("what") in WHAT:
        params["what"] = QCoreApplication.translate("Errors", WHAT[params["what"]])
    return fill(QCoreApplication.translate("Errors", template), params)


def codes_needing_text(error_classes) -> set[str]:
    """The codes of these classes that the window must say in its own words (not "{detail}")."""
    return {code for cls in error_classes for code, template in cls.catalogue().items() if template != DETAIL}
