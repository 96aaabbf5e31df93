#!/bin/sh
# Checks a page of docstruct (`inspect --html` page view or `report --html`) in headless
# Chromium (Debian package `chromium`) and takes a screenshot:
#   - the page loads and logs no console error and no uncaught error;
#   - every image renders (the page view's lazy page images are all loaded first);
#   - in a report: sorting the documents table by a column orders its rows, and the filter
#     box hides the rows that do not match;
#   - in a page view: clicking a box shows its JSON.
# It prints one line per check and "checks: ok" at the end.
#
# usage: Scripts/check-html.sh PAGE.html [SCREENSHOT.png] [WIDTHxHEIGHT]
# Exit status: 0 every check passed, 1 a check failed, 2 bad usage or chromium missing.
set -eu
html=${1:?usage: $0 PAGE.html [SCREENSHOT.png] [WIDTHxHEIGHT]}
png=${2:-}
size=${3:-1400x1000}
[ -f "$html" ] || { echo "$html: no such file" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not found: install the Debian package chromium (apt-get install -y chromium)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the page with a probe first in <head> (so it sees every error) that runs the
# checks after load and writes their result into the DOM.
dir=$(dirname "$(realpath "$html")")
probe="$dir/.check-html-$$.html"
trap 'rm -rf "$work" "$probe"' EXIT
cat > "$work/probe.js" <<'PROBE'
<script>
(function(){
  var errors=[];
  var origError=console.error;
  console.error=function(){errors.push('console.error: '+Array.prototype.join.call(arguments,' '));origError.apply(console,arguments)};
  window.addEventListener('error',function(e){errors.push('uncaught: '+(e.message||(e.target&&e.target.src?'resource '+String(e.target.src).slice(0,60):'?')))},true);
  window.addEventListener('unhandledrejection',function(e){errors.push('unhandled rejection: '+e.reason)});
  function report(lines){var p=document.createElement('pre');p.id='check-result';p.textContent='CHECK'+'-BEGIN\n'+lines.join('\n')+'\nCHECK'+'-END';document.body.appendChild(p)}
  function checkTable(lines){
    var table=document.querySelector('table.sortable'); if(!table){lines.push('sort: no sortable table');return}
    var ths=table.querySelectorAll('th'), col=-1;
    for(var i=0;i<ths.length;i++) if(/^(pages|errors|warnings)$/.test(ths[i].textContent.trim())){col=i;break}
    if(col<0){lines.push('FAIL sort: no pages/errors column');return}
    function values(){return Array.prototype.map.call(table.tBodies[0].rows,function(r){return parseFloat(r.cells[col].dataset.v)})}
    ths[col].click(); var up=values(); ths[col].click(); var down=values();
    var okUp=up.every(function(v,i){return i==0||up[i-1]<=v}), okDown=down.every(function(v,i){return i==0||down[i-1]>=v});
    lines.push((okUp&&okDown?'ok':'FAIL')+' sort: column "'+ths[col].textContent.trim()+'" ascending and descending over '+up.length+' rows');
    var box=document.getElementById('filter'); if(!box){lines.push('FAIL filter: no filter box');return}
    var rows=table.tBodies[0].rows, last=rows[rows.length-1], q=last.cells[0].dataset.v.toLowerCase();
    box.value=q; box.dispatchEvent(new Event('input'));
    var visible=Array.prototype.filter.call(rows,function(r){return !r.hidden});
    var okFilter=visible.length>=1&&visible.length<=rows.length&&visible.every(function(r){return r.dataset.filter.indexOf(q)>=0})
      &&Array.prototype.every.call(rows,function(r){return r.hidden===(r.dataset.filter.indexOf(q)<0)});
    box.value=''; box.dispatchEvent(new Event('input'));
    var all=Array.prototype.every.call(rows,function(r){return !r.hidden});
    lines.push((okFilter&&all?'ok':'FAIL')+' filter: "'+q+'" shows '+visible.length+' of '+rows.length+' rows, cleared shows all');
  }
  function checkClick(lines){
    var rect=document.querySelector('rect.m'); if(!rect){lines.push('FAIL click: no box drawn');return}
    rect.dispatchEvent(new MouseEvent('click',{bubbles:true}));
    var panel=document.getElementById('json'), text=panel.querySelector('pre').textContent;
    var ok=!panel.hidden; try{JSON.parse(text)}catch(e){ok=false}
    lines.push((ok?'ok':'FAIL')+' click: box '+rect.dataset.m+' shows its JSON ('+text.length+' characters)');
  }
  window.addEventListener('load',function(){
    var loading=window.docstructLoadAllPages?window.docstructLoadAllPages():Promise.resolve([]);
    loading.then(function(){
      var imgs=document.images, broken=0;
      for(var i=0;i<imgs.length;i++) if(!imgs[i].complete||imgs[i].naturalWidth===0) broken++;
      var lines=[(broken===0?'ok':'FAIL')+' images: '+imgs.length+' rendered '+(imgs.length-broken)+' broken '+broken];
      if(document.querySelector('rect.m')||window.docstructLoadAllPages) checkClick(lines); else checkTable(lines);
      lines.push((errors.length===0?'ok':'FAIL')+' console: '+(errors.length===0?'no errors':errors.join(' | ')));
      report(lines);
    });
  });
})();
</script>
PROBE
# The probe goes right after <head>; the copy sits beside the page so its relative links hold.
awk -v probe="$work/probe.js" '{ print } /<head>/ && !done { while ((getline line < probe) > 0) print line; done=1 }' "$html" > "$probe"
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files --virtual-time-budget=20000"
# shellcheck disable=SC2086
"$browser" $flags --enable-logging=stderr --v=0 --dump-dom "file://$probe" >"$work/dom.html" 2>"$work/chromium.log" || true
result=$(sed -n '/CHECK-BEGIN/,/CHECK-END/p' "$work/dom.html" | grep -v 'CHECK-BEGIN\|CHECK-END' || true)
status=0
if [ -z "$result" ]; then
  echo "FAIL load: the page did not finish loading (no check result); chromium said:" >&2
  tail -5 "$work/chromium.log" >&2
  status=1
else
  echo "$result" | sed 's/&quot;/"/g; s/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g'
  echo "$result" | grep -q '^FAIL' && status=1
fi
# Errors the page's own console reported to Chromium's log (a script that failed to parse).
if grep -E 'Uncaught|:ERROR:CONSOLE' "$work/chromium.log" >"$work/errors.log"; then
  echo "FAIL chromium log:" >&2; cat "$work/errors.log" >&2; status=1
fi
if [ -n "$png" ]; then
  # shellcheck disable=SC2086
  "$browser" $flags --window-size="$(echo "$size" | tr x ,)" --screenshot="$(realpath -m "$png")" "file://$(realpath "$html")" 2>/dev/null || true
  if [ -s "$png" ]; then echo "ok screenshot: $png"; else echo "FAIL screenshot: none written" >&2; status=1; fi
fi
[ $status -eq 0 ] && echo "checks: ok" || echo "checks: FAILED" >&2
exit $status
