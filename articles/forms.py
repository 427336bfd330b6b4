from django import forms
from django.conf import settings

from .links import validate_http_url
from .text import ArticleError, decode_article


class ArticleForm(forms.Form):
    """Pasted text or an uploaded .txt, with the metadata a manifest row would give."""

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 14}), required=False, label="Article text")
    upload = forms.FileField(required=False, label="…or a .txt file (UTF-8)")
    file_name = forms.CharField(
        max_length=255,
        required=False,
        help_text="Unique key of the article; default: the upload's name or one made from the title.",
    )
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https", validators=[validate_http_url])
    published = forms.DateField(
        required=False, help_text="YYYY-MM-DD. Leave empty to take it from the text (header line or dateline).",
        widget=forms.DateInput(attrs={"type": "date"}),
    )  # fmt: skip

    def clean(self):
        data = super().clean()
        upload = data.get("upload")
        if upload:
            if upload.size > settings.ARTICLE_MAX_BYTES:
                raise forms.ValidationError(f"The file is too large ({upload.size:,} bytes).")
            try:
                data["text"] = decode_article(upload.read(), max_bytes=settings.ARTICLE_MAX_BYTES)
            except ArticleError as exc:
                raise forms.ValidationError(f"{upload.name}: {exc}") from None
            data["file_name"] = data.get("file_name") or upload.name
        else:
            try:
                data["text"] = decode_article((data.get("text") or "").encode("utf-8"))
            except ArticleError as exc:
                raise forms.ValidationError(f"Article text: {exc}") from None
        if not data.get("file_name"):
            import hashlib

            from django.utils.text import slugify

            stem = slugify(data.get("title") or data["text"][:60])[:80] or "article"
            data["file_name"] = f"{stem}-{hashlib.sha256(data['text'].encode()).hexdigest()[:8]}.txt"
        if "/" in data["file_name"] or "\\" in data["file_name"]:
            raise forms.ValidationError("The file name cannot contain a slash.")
        return data


class PublishedDateForm(forms.Form):
    published = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="Publication date")
