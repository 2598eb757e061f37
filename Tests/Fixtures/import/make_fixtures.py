"""Writes the import fixtures from pupils.source.csv (run from this folder; needs openpyxl and
LibreOffice): the CSV files as Excel and LibreOffice save them, and two workbooks — one saved by
LibreOffice Calc, one sheet per class as openpyxl (Excel's format) writes it."""
import csv, datetime, io, subprocess, shutil, tempfile
import openpyxl

text = open('pupils.source.csv', encoding='utf-8').read()
rows = list(csv.reader(io.StringIO(text), delimiter=';'))
crlf = text.replace('\n', '\r\n')
open('pupils-excel-utf8.csv', 'wb').write(b'\xef\xbb\xbf' + crlf.encode('utf-8'))
open('pupils-excel-cp1251.csv', 'wb').write(crlf.encode('cp1251'))
out = io.StringIO()
csv.writer(out, delimiter=',', lineterminator='\n').writerows(rows)
open('pupils-libreoffice-comma.csv', 'w', encoding='utf-8').write(out.getvalue())

folder = tempfile.mkdtemp()
subprocess.run(['soffice', '--headless', '--infilter=CSV:59,34,76,1,,1049', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                '--outdir', folder, 'pupils.source.csv'], check=True, capture_output=True)
shutil.copy(folder + '/pupils.source.xlsx', 'pupils-libreoffice.xlsx')

header = rows[2]
book = openpyxl.Workbook()
book.remove(book.active)
for row in rows[3:]:
    name = row[6]
    sheet = book[name] if name in book.sheetnames else None
    if sheet is None:
        sheet = book.create_sheet(name)
        sheet.append([h for i, h in enumerate(header) if i != 6])
    values = []
    for i, value in enumerate(row):
        if i == 6:
            continue
        if i in (4, 12) and value:
            day, month, year = map(int, value.split('.'))
            values.append(datetime.date(year, month, day))
        else:
            values.append(value)
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, datetime.date):
            cell.number_format = 'mm-dd-yy'
book.save('pupils-by-class.xlsx')
