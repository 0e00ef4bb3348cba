#!/usr/bin/env python3
# The naive baseline of issue 9: every line opening with an item number (一、 （一） 1. 1、 (1) ①) is a task titled by its
# text up to the first 。；：. Scored like the engine, it says how far the engine is above reading numbers alone, on a
# corpus it has never seen too:  python3 scripts/postmortem/naive.py test/fixtures/realN/docs /tmp/naive-realN &&
#   node ../shared/tools/score-extraction.mjs /tmp/naive-realN test/fixtures/realN/gold
import json,os,re,sys
NUM=re.compile(r'^\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、．.](?!\d)|[（(]\d{1,2}[)）]|[①-⑳])\s*')
def run(docs,out):
    os.makedirs(out,exist_ok=True)
    for f in sorted(os.listdir(docs)):
        if not f.endswith(('.txt','.md')): continue
        tasks=[]
        for line in open(os.path.join(docs,f),encoding='utf-8',errors='replace'):
            m=NUM.match(line)
            if not m: continue
            t=line[m.end():].strip().strip('|').strip()
            t=re.split(r'[。；;：:]',t)[0][:60]
            if len(t)<2: continue
            tasks.append({"no":str(len(tasks)+1),"section":None,"title":t,"lead":[],"co":[],"liaison":[],"leaders":[],"measures":0,"targets":[],"deadlines":[]})
        name=os.path.splitext(f)[0]+'.json'
        json.dump({"file":f,"issuer":None,"docNumber":None,"issuedOn":None,"title":None,"year":None,"region":None,"sections":[],"tasks":tasks},open(os.path.join(out,name),'w'),ensure_ascii=False)
run(sys.argv[1],sys.argv[2])
