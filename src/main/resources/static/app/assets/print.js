// 打印 links of the printable pages (layout macro printLink): the pages' CSP allows scripts from files only.
document.querySelectorAll('[data-print]').forEach((link) => link.addEventListener('click', (event) => {
  event.preventDefault();
  window.print();
}));
