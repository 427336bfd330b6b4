import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()
# What start-up loaded (Django, the apps, the gazetteer) stays out of later full garbage
# collections: shorter pauses on requests that build large figures.
gc.freeze()
