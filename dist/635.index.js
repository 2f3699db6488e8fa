export const id = 635;
export const ids = [635];
export const modules = {

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generatePhase: () => (/* binding */ generatePhase)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7994);

/** The generate phase: write the missing artifacts (never overwrite), show what must change by hand. */
async function generatePhase(ui, serverDir, prefix, plan) {
    const { writeMissing } = await __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 1665));
    const { written, skipped, refused } = writeMissing(serverDir, plan);
    const rel = (f) => (prefix ? `${prefix}/${f}` : f);
    for (const f of written)
        ui.info(`created ${rel(f)}`);
    for (const f of skipped)
        ui.warning(`left ${rel(f)} alone: it appeared while generating`);
    for (const r of refused)
        ui.warning(`did not write ${rel(r.file)}: ${r.reason}`);
    if (written.length === 0 && plan.changed.length === 0)
        ui.info('nothing to write: every artifact is there');
    for (const c of plan.changed) {
        ui.info('');
        ui.info(`${rel(c.file)} needs changes (not written: generate never overwrites): ${c.why.join('; ')}`);
        for (const line of c.diff.split('\n'))
            ui.info(line);
    }
    ui.summary((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .generateSection */ .Ve)(written.map(rel), plan.layout, plan.changed.map(c => ({ file: rel(c.file), why: c.why, diff: c.diff }))));
}


/***/ })

};
